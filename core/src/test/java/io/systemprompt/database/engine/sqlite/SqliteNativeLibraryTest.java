package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.Database;
import io.systemprompt.database.internal.CacheDirectory;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a SQLite database points sqlite-jdbc at one stable copy of its native library. */
class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void driverLoadsTheCopyInTheCacheDirectory() throws Exception {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            assertThat(db.queryValue("SELECT sqlite_version()", String.class)).isPresent();
        }
        Path cache = CacheDirectory.get();
        assertThat(cache).as("the build sets %s for tests", CacheDirectory.PROPERTY).isNotNull();
        Path lib = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
        assertThat(lib.toAbsolutePath()).startsWith(cache.toAbsolutePath());
        try (InputStream bundled = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(lib)).isEqualTo(bundled.readAllBytes());
        }
    }

    @Test
    void aRememberedPlatformAnswerIsUsedWithoutProbing() throws Exception {
        Path first = SqliteNativeLibrary.stableCopy(dir);
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        assertThat(first.toString().replace('\\', '/')).endsWith(resource);
        Path versionDir = dir.resolve("native").resolve(SQLiteJDBCLoader.getVersion());
        Path pointer = versionDir.resolve("platform-" + SqliteNativeLibrary.platformKey() + ".txt");
        assertThat(Files.readString(pointer)).isEqualTo(resource);

        // A pointer naming another existing copy is taken as it is: the driver's probe is not asked.
        Path other = versionDir.resolve("elsewhere").resolve("libother.so");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "not a library");
        Files.writeString(pointer, "/elsewhere/libother.so");
        assertThat(SqliteNativeLibrary.stableCopy(dir)).isEqualTo(other);
    }

    @Test
    void aPointerToAMissingCopyFallsBackToTheProbe() throws Exception {
        Path versionDir = dir.resolve("native").resolve(SQLiteJDBCLoader.getVersion());
        Path pointer = versionDir.resolve("platform-" + SqliteNativeLibrary.platformKey() + ".txt");
        Files.createDirectories(versionDir);
        Files.writeString(pointer, "/gone/libsqlitejdbc.so");
        Path copy = SqliteNativeLibrary.stableCopy(dir);
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        assertThat(Files.isRegularFile(copy)).isTrue();
        assertThat(Files.readString(pointer)).isEqualTo(resource);
        try (InputStream bundled = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(bundled.readAllBytes());
        }
    }
}
