package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.ProcessRun;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.config.EngineType;

/** Peak RSS of a cold migrate at the largest warm-start count, for this library (or spdb) and Flyway. */
final class MemorySection {
    private MemorySection() {
    }

    /** Records the peak RSS and time of a cold migrate, when it ran at the largest count. */
    static void record(Context ctx, Recorder rec, EngineType engine, Tool tool, ProcessRun run, boolean largest) {
        if (!largest || run.peakRssKb() < 0) {
            return;
        }
        String key = "rss." + engine.id() + "." + tool.id();
        rec.add(key, "MiB", "peak RSS, cold migrate of " + ctx.size().largestCount() + " migrations, " + engine.id()
                + ", " + tool.label(), run.peakRssKb() / 1024.0);
        rec.add(key + ".time", "ms", "whole process, cold migrate of " + ctx.size().largestCount()
                + " migrations, " + engine.id() + ", " + tool.label(), Recorder.ms(run.wallNs()));
        String ours = tool == Tool.FLYWAY ? null : key;
        if (ours != null) {
            String flyway = "rss." + engine.id() + ".flyway";
            ctx.results().compare(Comparison.reference(key, "peak RSS of " + tool.label() + " / Flyway's ("
                    + engine.id() + ")", key, flyway, false));
            ctx.results().compare(Comparison.reference(key + ".time", "Flyway time / " + tool.label()
                    + " time, cold migrate of " + ctx.size().largestCount() + " (" + engine.id() + ", 1 run)",
                    key + ".time", flyway + ".time", true));
        }
    }
}
