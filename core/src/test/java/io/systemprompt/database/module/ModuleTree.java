package io.systemprompt.database.module;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes module trees into a test's temporary directory. */
final class ModuleTree {
    final Path root;

    ModuleTree(Path root) {
        this.root = root;
    }

    /** Writes a file (creating folders) and returns this tree. */
    ModuleTree file(String relPath, String content) {
        try {
            Path p = root.resolve(relPath);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A module with a schema and a module.yaml listing the dependencies. */
    ModuleTree module(String key, String... dependencies) {
        file(key + "/module.yaml", "name: " + key + "\nversion: 1.0.0\ndependencies: ["
                + String.join(", ", dependencies) + "]\n");
        return file(key + "/database/schema.sql", "CREATE TABLE IF NOT EXISTS t_" + key.replaceAll("[^A-Za-z0-9]", "_")
                + " (id INTEGER);\n");
    }

    /** Discovers this tree as the only (explicit) root. */
    ModuleSet discover() {
        return ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(root)));
    }
}
