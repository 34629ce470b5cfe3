package io.systemprompt.database.bench.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers the seed-style sections share: writing module files and timing a rate. */
final class SeedFiles {
    private SeedFiles() {
    }

    /** Writes a file, creating its folders. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** A one-module root under {@code dir} whose module {@code seed/<name>} has this schema.sql; returns the root. */
    static Path module(Path dir, String name, String schemaSql) {
        Path module = dir.resolve("modules/seed").resolve(name);
        write(module.resolve("module.yaml"), "name: " + name + "\nversion: 1.0.0\n");
        write(module.resolve("database/schema.sql"), schemaSql);
        return dir.resolve("modules");
    }

    /** Rows per second of {@code work}, which handles {@code rows} rows. */
    static double rate(int rows, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return rows / ((System.nanoTime() - start) / 1e9);
    }
}
