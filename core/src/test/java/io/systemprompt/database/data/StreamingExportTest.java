package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table several times larger than the heap exports: about 100 MB of blobs through a JVM limited to
 * 32 MB, which fails with OutOfMemoryError if any layer holds the table whole.
 */
class StreamingExportTest {
    private static final int ROWS = 25_000;

    @TempDir
    Path work;

    @Test
    void aTableLargerThanTheHeapExports() throws IOException, InterruptedException {
        Path modules = work.resolve("modules");
        new ModuleTree(modules).module("core/big")
                .schema("CREATE TABLE big (id INTEGER PRIMARY KEY, payload BLOB NOT NULL);");
        try (Database db = Database.open(TestDatabases.sqlite(work).moduleRoots(List.of(modules.toString())).build())) {
            db.migrationService().migrate().orThrow();
            db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ")"
                    + " INSERT INTO big (id, payload) SELECT i, randomblob(4096) FROM n");
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", classPath(), ExportMain.class.getName(),
                work.toString(), modules.toString(), work.resolve("out").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + ROWS);
        assertThat(Files.size(work.resolve("out/big.jsonl"))).isGreaterThan((long) ROWS * 4096);
    }

    /**
     * Surefire runs the tests from a manifest-only jar with the library on the module path; the child
     * JVM gets both as one plain class path.
     */
    private static String classPath() {
        String modules = System.getProperty("jdk.module.path", "");
        String tests = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return modules.isEmpty() ? tests : modules + java.io.File.pathSeparator + tests;
    }
}
