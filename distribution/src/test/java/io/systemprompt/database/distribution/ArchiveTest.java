package io.systemprompt.database.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the built archive as a user would (unpack, link {@code bin/spdb} from elsewhere) and runs
 * it from an unrelated working directory.
 */
class ArchiveTest {
    private static final String VERSION = System.getProperty("spdb.version", "0.1.0-SNAPSHOT");
    private static final Path TAR = Path.of(System.getProperty("spdb.archive",
            "target/spdb-" + VERSION + ".tar.gz")).toAbsolutePath();
    private static final Path ZIP = Path.of(System.getProperty("spdb.zip",
            "target/spdb-" + VERSION + ".zip")).toAbsolutePath();
    private static final Path BUNDLED = Path.of(System.getProperty("spdb.bundled", "target/bundled.txt"));
    private static final Path REPO = Path.of(System.getProperty("spdb.repo", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    private static Path home;

    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("opt"));
        Result r = run(install, Map.of(), "tar", "-xzf", TAR.toString());
        assertThat(r.exit()).as("tar: %s", r).isZero();
        home = install.resolve("spdb-" + VERSION);
    }

    @Test
    void tarHoldsAnExecutableLauncherTheJarAndLicences() throws IOException {
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/spdb"))).contains(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("lib/spdb.jar")).isRegularFile();
        assertThat(home.resolve("README.txt")).content().contains("spdb " + VERSION);
        assertThat(home.resolve("licenses/Apache-2.0.txt")).content().contains("Apache License");
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicence() throws IOException {
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
        // group:artifact:type:version lines of every library the cli's shaded jar merges.
        TreeSet<String> bundled = new TreeSet<>();
        for (String line : Files.readAllLines(BUNDLED)) {
            String[] parts = line.trim().split(":");
            if (parts.length >= 4 && !parts[0].equals("io.systemprompt")) {
                bundled.add(parts[0] + ":" + parts[1]);
            }
        }
        assertThat(bundled).contains("org.postgresql:postgresql", "org.xerial:sqlite-jdbc", "com.zaxxer:HikariCP");
        for (String coordinates : bundled) {
            assertThat(thirdParty).as("licences/THIRD-PARTY.txt names %s", coordinates).contains(coordinates);
        }
        for (String line : thirdParty.split("\n")) {
            for (String word : line.split("[ ,]+")) {
                if (word.endsWith(".txt") && !word.startsWith("licenses/")) {
                    assertThat(home.resolve("licenses").resolve(word)).as("licence file named in THIRD-PARTY.txt").isRegularFile();
                }
            }
        }
    }

    @Test
    void zipHasTheSameLayout() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            String base = "spdb-" + VERSION + "/";
            for (String name : List.of("bin/spdb", "lib/spdb.jar", "licenses/THIRD-PARTY.txt", "README.txt")) {
                assertThat(zip.getEntry(base + name)).as(name).isNotNull();
            }
        }
    }

    @Test
    void versionNamesLibrarySqliteEngineAndPgjdbcFromAnyFolder() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Result r = run(elsewhere, Map.of(), home.resolve("bin/spdb").toString(), "--version");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("spdb " + VERSION)
                .contains("io.systemprompt:systemprompt-database " + VERSION)
                .containsPattern("SQLite +sqlite-jdbc \\d+\\.\\d+\\.\\d+\\.\\d+, engine \\d+\\.\\d+\\.\\d+")
                .containsPattern("pgjdbc \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void migratesAndReportsThroughASymlinkFromAnotherWorkingDirectory() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("usr/local/bin"));
        Path link = bin.resolve("spdb");
        Files.deleteIfExists(link);
        // A relative link, as package managers make them, resolved against the link's own folder.
        Files.createSymbolicLink(link, bin.relativize(home.resolve("bin/spdb")));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Map<String, String> env = Map.of("DATABASE_TYPE", "sqlite", "DATABASE_FILE", "state/app.db",
                "DB_MODULE_ROOTS", REPO.resolve("src/modules").toString());

        Result migrate = run(work, env, link.toString(), "migrate");
        assertThat(migrate.exit()).as(migrate.toString()).isZero();
        assertThat(migrate.out()).contains("installed").contains("core/config");
        assertThat(work.resolve("state/app.db")).isRegularFile();

        Result status = run(work, env, link.toString(), "status", "--format", "json");
        assertThat(status.exit()).as(status.toString()).isZero();
        assertThat(status.out()).contains("\"core/users\"").doesNotContain("\"pending\": 1");
    }

    @Test
    void javaHomeWinsOverPath() throws Exception {
        Path fakeHome = Files.createDirectories(tmp.resolve("fake-jdk/bin"));
        Path fakeJava = fakeHome.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"fake java $*\"\n");
        fakeJava.toFile().setExecutable(true);
        Result r = run(tmp, Map.of("JAVA_HOME", tmp.resolve("fake-jdk").toString()),
                home.resolve("bin/spdb").toString(), "--version");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("fake java -jar " + home.resolve("lib/spdb.jar").toRealPath() + " --version");
    }

    @Test
    void aBrokenJavaHomeIsAClearError() throws Exception {
        Result r = run(tmp, Map.of("JAVA_HOME", tmp.resolve("no-such-jdk").toString()),
                home.resolve("bin/spdb").toString(), "--version");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: JAVA_HOME is").contains("hint:");
    }

    private static Result run(Path dir, Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd))).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("POSTGRES_")
                || k.startsWith("DB_") || k.equals("JAVA_HOME"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
