package io.systemprompt.database.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes module folders for tests: {@code tree.module("core/a").deps("core/b").schema("…")}. */
public final class ModuleTree {
    private final Path root;

    public ModuleTree(Path root) {
        this.root = root;
    }

    /** The modules root folder. */
    public Path root() {
        return root;
    }

    /** Starts or continues a module folder. */
    public Module module(String key) {
        return new Module(root.resolve(key));
    }

    /** One module folder. */
    public static final class Module {
        private final Path dir;

        Module(Path dir) {
            this.dir = dir;
            write(dir.resolve("database/.keep"), "");
        }

        public Module yaml(String text) {
            write(dir.resolve("module.yaml"), text);
            return this;
        }

        public Module deps(String... keys) {
            return yaml("version: 1.0.0\ndependencies: [" + String.join(", ", List.of(keys)) + "]\n");
        }

        public Module schema(String sql) {
            write(dir.resolve("database/schema.sql"), sql);
            return this;
        }

        public Module init(String sql) {
            write(dir.resolve("database/init.sql"), sql);
            return this;
        }

        public Module migration(String fileName, String sql) {
            write(dir.resolve("database/migrations/" + fileName), sql);
            return this;
        }

        public Path file(String relative) {
            return dir.resolve(relative);
        }

        public Module delete(String relative) {
            try {
                Files.deleteIfExists(dir.resolve(relative));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
