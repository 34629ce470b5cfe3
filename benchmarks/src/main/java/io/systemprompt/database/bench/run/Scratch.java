package io.systemprompt.database.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a scratch folder and everything in it (generated migrations, SQLite files, logs). */
public final class Scratch {
    private Scratch() {
    }

    /** Deletes {@code dir} recursively; a missing folder is fine. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the scratch folder " + dir, e);
        }
    }
}
