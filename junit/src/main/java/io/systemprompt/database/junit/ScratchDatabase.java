package io.systemprompt.database.junit;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.config.EngineType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One test database: a SQLite file in a temporary folder or a scratch PostgreSQL database, opened
 * with the modules installed and migrated, and removed whole on close.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Database database;
    private final Runnable cleanup;

    private ScratchDatabase(Database database, Runnable cleanup) {
        this.database = database;
        this.cleanup = cleanup;
    }

    /** Opens a fresh database on {@code engine}; a failed install or migration still removes it. */
    static ScratchDatabase open(EngineType engine, List<String> moduleRoots, PostgresServer server) {
        if (engine == EngineType.POSTGRES) {
            String name = server.createScratch();
            DatabaseConfigBuilder config = DatabaseConfig.builder()
                    .postgres(server.host(), server.port(), name, server.user(), server.password());
            return open(config, moduleRoots, () -> server.drop(name));
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("spdb-junit-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the test database", e);
        }
        return open(DatabaseConfig.builder().sqlite(dir.resolve("test.db").toString()), moduleRoots,
                () -> deleteTree(dir));
    }

    private static ScratchDatabase open(DatabaseConfigBuilder config, List<String> roots, Runnable cleanup) {
        try {
            // Small pools: a test opens many of these, and the library migrates on open.
            Database db = Database.open(config.moduleRoots(roots).poolMin(0).poolMax(4).autoMigrate(true).build());
            return new ScratchDatabase(db, cleanup);
        } catch (RuntimeException e) {
            try {
                cleanup.run();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The open database. */
    Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            cleanup.run();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the test database folder " + dir, e);
        }
    }
}
