package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.internal.CacheDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in one place. By default the driver copies the library out of
 * its jar into the temporary directory on every start (a megabyte written, read back and compared,
 * and the directory listed); here it is copied once per driver version into the
 * {@link CacheDirectory} and the driver is pointed at it through its documented system properties
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}. Nothing is done when those are already
 * set, when the cache is off, or when the driver is loaded already; any failure leaves the driver's
 * own extraction in place (it falls back to it when the library at the given path cannot be loaded).
 */
final class SqliteNativeLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static volatile boolean done;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the stable copy, making it on first use; idempotent and thread-safe. */
    static void useStableCopy() {
        if (done) {
            return;
        }
        synchronized (SqliteNativeLibrary.class) {
            if (done) {
                return;
            }
            done = true;
            if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) {
                return;
            }
            Path dir = CacheDirectory.get();
            if (dir == null) {
                return;
            }
            try {
                String resource = LibraryLoaderUtil.getNativeLibResourcePath();
                String name = LibraryLoaderUtil.getNativeLibName();
                Path target = dir.resolve("native").resolve(SQLiteJDBCLoader.getVersion() + resource).resolve(name);
                if (!Files.isRegularFile(target) && !extract(resource + "/" + name, target)) {
                    return;
                }
                System.setProperty("org.sqlite.lib.path", target.getParent().toString());
                System.setProperty("org.sqlite.lib.name", name);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Using sqlite-jdbc's own native library extraction: {}", e.toString());
            }
        }
    }

    /** Copies the resource to a temporary name and renames it, so no reader ever sees half a file. */
    private static boolean extract(String resource, Path target) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false; // no bundled library for this platform: the driver reports it
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "lib", ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        }
    }
}
