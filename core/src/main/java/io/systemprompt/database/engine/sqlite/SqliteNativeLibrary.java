package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.internal.CacheDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
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
 *
 * <p>Which bundled library fits this platform is worked out by the driver's {@code OSInfo}, which
 * starts a {@code uname} process and lists {@code /proc/self/map_files} each time. Its answer is
 * remembered next to the copy, in a small file keyed by the Java properties that describe the
 * platform and the runtime, so a later start reads one line and checks that the copy exists.
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
                Path target = stableCopy(dir);
                if (target == null) {
                    return;
                }
                System.setProperty("org.sqlite.lib.path", target.getParent().toString());
                System.setProperty("org.sqlite.lib.name", target.getFileName().toString());
            } catch (IOException | RuntimeException e) {
                LOG.debug("Using sqlite-jdbc's own native library extraction: {}", e.toString());
            }
        }
    }

    /**
     * The copy of this platform's library under {@code cacheDir}, extracted when missing, or null when
     * the driver bundles none for this platform. The driver's platform probe runs only when no
     * remembered answer names an existing copy.
     */
    static Path stableCopy(Path cacheDir) throws IOException {
        Path versionDir = cacheDir.resolve("native").resolve(SQLiteJDBCLoader.getVersion());
        Path pointer = versionDir.resolve("platform-" + platformKey() + ".txt");
        Path remembered = remembered(versionDir, pointer);
        if (remembered != null) {
            return remembered;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        Path target = resolve(versionDir, resource + "/" + name);
        if (!Files.isRegularFile(target) && !extract(resource + "/" + name, target)) {
            return null;
        }
        writeAtomically(pointer, resource + "/" + name);
        return target;
    }

    /** The copy a pointer file names, if the pointer is readable and the copy is there. */
    private static Path remembered(Path versionDir, Path pointer) {
        try {
            if (!Files.isRegularFile(pointer)) {
                return null;
            }
            String resource = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!resource.startsWith("/") || resource.contains("..")) {
                return null;
            }
            Path target = resolve(versionDir, resource);
            return Files.isRegularFile(target) ? target : null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable pointer only costs the probe
        }
    }

    /** {@code versionDir} + the resource path of the library in the driver's jar. */
    private static Path resolve(Path versionDir, String resource) {
        return Path.of(versionDir + resource);
    }

    /**
     * What decides which bundled library fits, as far as Java's own properties tell it: operating
     * system, architecture, data model and ABI, and the runtime (its name tells Android apart, its
     * home and VM build a musl from a glibc JDK sharing this cache directory).
     */
    static String platformKey() {
        StringBuilder key = new StringBuilder();
        for (String p : new String[] {"os.name", "os.arch", "sun.arch.data.model", "sun.arch.abi", "java.runtime.name",
                "java.home", "java.vm.version", "java.vm.vendor"}) {
            key.append(System.getProperty(p, "")).append('\n');
        }
        CRC32 crc = new CRC32();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue()) + "-" + key.length();
    }

    /** Copies the resource to a temporary name and renames it, so no reader ever sees half a file. */
    private static boolean extract(String resource, Path target) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false; // no bundled library for this platform: the driver reports it
            }
            replace(target, "lib", tmp -> Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING));
            return true;
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        replace(file, "platform", tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /** Writes a temporary file next to {@code file} and renames it over {@code file}. */
    private static void replace(Path file, String prefix, Writer writer) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), prefix, ".tmp");
        try {
            writer.write(tmp);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Fills a temporary file. */
    @FunctionalInterface
    private interface Writer {
        void write(Path tmp) throws IOException;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
