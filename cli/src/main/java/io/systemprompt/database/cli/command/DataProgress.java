package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.data.Progress;
import io.systemprompt.database.data.ProgressListener;

import java.time.Duration;
import java.util.Locale;

/**
 * Draws a data operation's progress on a terminal: a bar when the total is known, rows, bytes, ETA
 * and the current table, rewritten in place on stderr. Off the terminal, with --quiet or JSON output,
 * it draws nothing; the command prints its summary either way.
 */
final class DataProgress implements ProgressListener {
    private static final int BAR = 24;

    private final Output out;
    private final boolean enabled;
    private long lastDraw;

    DataProgress(Output out) {
        this.out = out;
        this.enabled = System.console() != null && !out.json();
    }

    @Override
    public void progress(Progress p) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        out.progress(line(p));
    }

    @Override
    public void finished(Progress p) {
        if (enabled) {
            out.progress("");
        }
    }

    /** One progress line: {@code [#####     ] 1,234/5,000 rows  1.2 MB  ETA 3s  users}. */
    static String line(Progress p) {
        StringBuilder sb = new StringBuilder();
        if (p.totalRows() > 0) {
            int filled = (int) Math.min(BAR, p.rows() * BAR / p.totalRows());
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%,d/%,d rows", p.rows(), p.totalRows()));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d rows", p.rows()));
        }
        sb.append("  ").append(bytes(p.bytes()));
        p.eta().ifPresent(eta -> sb.append("  ETA ").append(duration(eta)));
        if (p.table() != null) {
            sb.append("  ").append(p.table());
        }
        return sb.toString();
    }

    /** {@code 512 B}, {@code 1.2 MB}. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** {@code 3s}, {@code 2m05s}. */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60 ? s + "s" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
