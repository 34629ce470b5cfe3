package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationListener;

import java.util.Locale;

/**
 * Shows a run as it goes: one line per step, and on a terminal a progress bar with counts and ETA
 * below them on stderr.
 */
final class ProgressListener implements MigrationListener {
    private static final int BAR = 30;

    private final Output out;
    private final boolean enabled;
    private final boolean terminal = System.console() != null;
    private long start;
    private int total;
    private int done;

    ProgressListener(Output out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    @Override
    public void started(int steps) {
        start = System.nanoTime();
        total = steps;
        bar();
    }

    @Override
    public void stepDone(AppliedStep step) {
        done++;
        if (!enabled) {
            return;
        }
        if (terminal) {
            out.progress("");
        }
        out.note(MigrationReport.stepLine(step, out.style()));
        bar();
    }

    /** Clears the bar. */
    void finish() {
        if (enabled && terminal && total > 0) {
            out.progress("");
        }
    }

    private void bar() {
        if (!enabled || !terminal || total == 0) {
            return;
        }
        int filled = done * BAR / total;
        double elapsed = (System.nanoTime() - start) / 1e9;
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.1fs", elapsed / done * (total - done));
        out.progress("[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + "  ETA " + eta);
    }
}
