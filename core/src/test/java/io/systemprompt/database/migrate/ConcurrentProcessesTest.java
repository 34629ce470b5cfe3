package io.systemprompt.database.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Four separate JVMs migrate one database at once; every step must be applied exactly once. */
class ConcurrentProcessesTest {
    private static final int PROCESSES = 4;
    private static final int MIGRATIONS = 25;

    @TempDir
    Path dir;

    @Test
    void fourProcessesOnOneSqliteFile() throws Exception {
        Map<String, String> env = Map.of("DATABASE_TYPE", "sqlite", "DATABASE_FILE",
                dir.resolve("shared.db").toString());
        runAndCheck(env);
    }

    @Test
    void fourProcessesOnOnePostgresDatabase() throws Exception {
        try (PostgresScratch pg = PostgresScratch.create()) {
            runAndCheck(pg.env());
        }
    }

    private void runAndCheck(Map<String, String> dbEnv) throws Exception {
        Path modules = writeModules();
        Map<String, String> env = new HashMap<>(dbEnv);
        env.put("DB_MODULE_ROOTS", modules.toString());
        Path go = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(start(env, go, i));
        }
        Files.writeString(go, "go");
        int appliedTotal = 0;
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
            String out = Files.readString(dir.resolve("out-" + processes.indexOf(p) + ".txt"));
            assertThat(p.exitValue()).as(out).isZero();
            appliedTotal += Integer.parseInt(out.lines().filter(l -> l.startsWith("APPLIED ")).findFirst()
                    .orElseThrow().substring(8).trim());
        }
        assertThat(appliedTotal).isEqualTo(1 + MIGRATIONS);
        DatabaseConfig config = DatabaseConfig.fromEnvironment(env).toBuilder().autoMigrate(false).build();
        try (Database db = Database.open(config)) {
            assertThat(db.queryValue("SELECT count(*) FROM race_log", Long.class)).contains((long) MIGRATIONS);
            assertThat(db.queryValue("SELECT count(DISTINCT n) FROM race_log", Long.class)).contains((long) MIGRATIONS);
            assertThat(db.queryValue("SELECT count(*) FROM _migrations", Long.class)).contains((long) MIGRATIONS);
            assertThat(db.query("SELECT applied_order FROM _migrations ORDER BY applied_order", Long.class))
                    .hasSize(MIGRATIONS).doesNotHaveDuplicates();
            assertThat(db.migrationService().pending()).isEmpty();
        }
    }

    private Path writeModules() {
        Path root = dir.resolve("modules");
        ModuleTree.Module m = new ModuleTree(root).module("race/one")
                .schema("CREATE TABLE race_log (n INTEGER NOT NULL);");
        for (int i = 1; i <= MIGRATIONS; i++) {
            m.migration(String.format("%03d_step.sql", i), "INSERT INTO race_log (n) VALUES (" + i + ");");
        }
        return root;
    }

    /** Everything this test JVM sees, as a plain class path (tests may run on the module path). */
    private static String classPath() {
        String sep = java.io.File.pathSeparator;
        String modules = System.getProperty("jdk.module.path", "");
        return String.join(sep, Path.of("target", "test-classes").toAbsolutePath().toString(),
                Path.of("target", "classes").toAbsolutePath().toString(), System.getProperty("java.class.path"),
                modules);
    }

    private Process start(Map<String, String> env, Path go, int index) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classPath(),
                ConcurrentProcessMain.class.getName(), go.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("out-" + index + ".txt").toFile());
        return pb.start();
    }
}
