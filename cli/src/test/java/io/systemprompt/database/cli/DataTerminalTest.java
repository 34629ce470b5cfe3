package io.systemprompt.database.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** clear and restore on a real terminal (tmux): they ask, and only "y" goes ahead. */
class DataTerminalTest {
    @TempDir
    Path dir;
    private Tmux tmux;
    private Path modules;
    private Path db;

    @BeforeEach
    void setUp() {
        Assumptions.assumeTrue(Tmux.installed(), "\n*** tmux is not installed: the terminal tests are SKIPPED.\n");
        tmux = new Tmux();
        modules = TestModules.write(dir);
        db = dir.resolve("term.db");
        run("migrate");
    }

    @AfterEach
    void tearDown() {
        if (tmux != null) {
            tmux.close();
        }
    }

    private Spdb.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--modules";
        all[args.length + 1] = modules.toString();
        Spdb.Result r = new Spdb(dir, Map.of("DATABASE_FILE", db.toString())).run(all);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private String spdb(String args) {
        return "cd '" + dir + "' && env -u DATABASE_TYPE -u DB_MODULE_ROOTS DATABASE_FILE='" + db + "' java -jar '"
                + Spdb.JAR + "' " + args + " --no-color --modules '" + modules + "'; echo SPDB-EXITED-$?; sleep 120";
    }

    private void restart() {
        tmux.close();
        tmux = new Tmux();
    }

    @Test
    void clearAsksAndOnlyYesDeletes() {
        tmux.start(spdb("clear"));
        assertThat(tmux.await("[y/N]")).contains("Delete all rows of every module table");
        tmux.type("n");
        assertThat(tmux.await("SPDB-EXITED-1")).contains("Cancelled: nothing was deleted.");
        assertThat(run("summary", "--format", "json").json().get("tables").get(1).get("rows").asLong()).isEqualTo(3);
        restart();
        tmux.start(spdb("clear"));
        tmux.await("[y/N]");
        tmux.type("y");
        assertThat(tmux.await("SPDB-EXITED-0")).contains("Deleted 3 rows from 3 tables");
    }

    @Test
    void restoreOverADatabaseAsksFirst() {
        run("backup", "b.zip");
        tmux.start(spdb("restore b.zip"));
        assertThat(tmux.await("[y/N]")).contains("Replace the 6 tables of");
        tmux.type("y");
        assertThat(tmux.await("SPDB-EXITED-0")).contains("Restored 3 rows in 3 tables", "replacing");
    }
}
