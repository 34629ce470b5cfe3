package io.systemprompt.database.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spdb in a real terminal: tmux runs it, the test types keys and reads the screen. Covers the query
 * shell, the rollback confirmation and migrate's terminal output. Skipped with a notice without tmux.
 */
class TerminalTest {
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
        db = dir.resolve("shell.db");
    }

    @AfterEach
    void tearDown() {
        if (tmux != null) {
            tmux.close();
        }
    }

    /** The shell command that runs spdb with these arguments, then prints its exit code and waits. */
    private String spdb(String args) {
        return "cd '" + dir + "' && env -u DATABASE_TYPE -u DB_MODULE_ROOTS DATABASE_FILE='" + db
                + "' SPDB_HISTORY='" + dir.resolve("history") + "' java -jar '" + Spdb.JAR + "' " + args
                + " --no-color --modules '" + modules + "'; echo SPDB-EXITED-$?; sleep 120";
    }

    private void migrate() {
        Spdb.Result r = new Spdb(dir, Map.of("DATABASE_FILE", db.toString())).run("migrate", "--modules",
                modules.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void shellRunsStatementsRefusesWritesKeepsHistoryAndQuits() throws Exception {
        migrate();
        tmux.start(spdb("query"));
        tmux.await("spdb> ");
        tmux.type("SELECT id, title");
        tmux.await("...> ");
        tmux.type("FROM notes ORDER BY id; ");
        assertThat(tmux.await("(3 rows")).contains("second, with comma", "third \"quoted\"");
        tmux.type("DELETE FROM notes; ");
        assertThat(tmux.await("add --write")).contains("error: ", "failed (read-only)");
        tmux.type("SELECT COUNT(*) AS n FROM notes WHERE id != 0; ");
        tmux.await("(1 row");
        tmux.type("\\q");
        tmux.await("SPDB-EXITED-0");
        assertThat(Files.readString(dir.resolve("history"))).contains("SELECT COUNT(*) AS n FROM notes WHERE id != 0;");
    }

    @Test
    void migrateOnATerminalPrintsEachStepAndASummary() {
        tmux.start(spdb("migrate"));
        String screen = tmux.await("SPDB-EXITED-0");
        assertThat(screen).contains("installed", "app/notes", "applied", "001_add_priority.sql", "Done:");
    }

    @Test
    void rollbackAsksOnATerminalAndOnlyYesRollsBack() {
        migrate();
        tmux.start(spdb("rollback"));
        assertThat(tmux.await("[y/N]")).contains("roll back app/notes 001 add_priority");
        tmux.type("n");
        assertThat(tmux.await("SPDB-EXITED-1")).contains("Cancelled");
        tmux.close();
        tmux = new Tmux();
        tmux.start(spdb("rollback"));
        tmux.await("[y/N]");
        tmux.type("y");
        assertThat(tmux.await("SPDB-EXITED-0")).contains("rolled back", "001_add_priority.rollback.sql");
    }
}
