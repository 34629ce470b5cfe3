package io.systemprompt.database.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A private tmux server for terminal tests: start a command, type keys, read the screen. */
final class Tmux implements AutoCloseable {
    private final String socket = "spdb-test-" + UUID.randomUUID().toString().substring(0, 8);

    /** True when tmux can be run. */
    static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts a shell command in a 160x50 terminal; it should end by printing its exit code and sleeping. */
    void start(String shellCommand) {
        tmux("new-session", "-d", "-x", "160", "-y", "50", shellCommand);
    }

    /**
     * Types text then Enter. A trailing ';' would be read by tmux as its own command separator, so
     * callers end SQL with "; ".
     */
    void type(String text) {
        tmux("send-keys", text, "Enter");
    }

    /** Waits up to a minute for the text to appear on the screen, and returns the screen. */
    String await(String text) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-200");
            if (screen.contains(text)) {
                return screen;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + screen);
    }

    @Override
    public void close() {
        tmux("kill-server");
    }

    private String tmux(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
