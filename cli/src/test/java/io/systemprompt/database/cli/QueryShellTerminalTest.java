package io.systemprompt.database.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive query shell in a real terminal: tmux runs {@code spdb query}, the test types keys
 * and reads the screen. Skipped with a notice when tmux is not installed.
 */
class QueryShellTerminalTest {
    @TempDir
    Path dir;
    private final String socket = "spdb-test-" + UUID.randomUUID().toString().substring(0, 8);
    private Path modules;
    private Path db;

    @BeforeEach
    void migrate() {
        Assumptions.assumeTrue(tmuxInstalled(), "\n*** tmux is not installed: the query shell terminal test is SKIPPED.\n");
        modules = TestModules.write(dir);
        db = dir.resolve("shell.db");
        Spdb.Result r = new Spdb(dir, Map.of("DATABASE_FILE", db.toString())).run("migrate", "--modules", modules.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @AfterEach
    void killServer() throws Exception {
        if (tmuxInstalled()) {
            tmux("kill-server");
        }
    }

    @Test
    void shellRunsStatementsRefusesWritesKeepsHistoryAndQuits() throws Exception {
        Path history = dir.resolve("history");
        String command = "cd '" + dir + "' && env -u DATABASE_TYPE -u DB_MODULE_ROOTS DATABASE_FILE='" + db
                + "' SPDB_HISTORY='" + history + "' java -jar '" + Spdb.JAR + "' query --no-color --modules '"
                + modules + "'; echo SHELL-EXITED-$?; sleep 120";
        tmux("new-session", "-d", "-x", "160", "-y", "50", command);
        awaitScreen("spdb> ");
        tmux("send-keys", "SELECT id, title", "Enter");
        awaitScreen("...> ");
        // A trailing space keeps tmux from reading the ';' as its own command separator.
        tmux("send-keys", "FROM notes ORDER BY id; ", "Enter");
        assertThat(awaitScreen("(3 rows")).contains("second, with comma", "third \"quoted\"");
        tmux("send-keys", "DELETE FROM notes; ", "Enter");
        assertThat(awaitScreen("add --write")).contains("error: ", "failed (read-only)");
        tmux("send-keys", "SELECT COUNT(*) AS n FROM notes; ", "Enter");
        awaitScreen("(1 row");
        tmux("send-keys", "\\q", "Enter");
        awaitScreen("SHELL-EXITED-0");
        assertThat(Files.readString(history)).contains("SELECT COUNT(*) AS n FROM notes;");
    }

    private String awaitScreen(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-200");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + screen);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
