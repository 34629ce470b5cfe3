package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.ProcessRun;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.util.List;

/**
 * Warm start: {@code migrate()} with nothing pending, at several migration counts, in a fresh JVM
 * for this library and for Flyway. The migrate that prepares each database is also where the peak
 * RSS of a cold migrate at that count is read.
 */
public final class WarmStartSection {
    private static final double TARGET_SPEEDUP = 4.0;
    private static final double TARGET_GROWTH = 2.0;
    private static final int TARGET_FROM_COUNT = 1_000;

    private WarmStartSection() {
    }

    /** Measures and records the section. */
    public static void run(Context ctx) {
        Recorder rec = new Recorder();
        List<Integer> counts = ctx.size().warmCounts();
        for (int count : counts) {
            MigrationSet set = MigrationSet.generate(ctx.workDir().resolve("warm-" + count), count);
            for (EngineType engine : ctx.engines()) {
                measureCount(ctx, rec, engine, set);
                compare(ctx, engine, count);
                Floor.compare(ctx, engine, count);
            }
        }
        for (EngineType engine : ctx.engines()) {
            compareGrowth(ctx, engine, counts.get(0), ctx.size().largestCount());
        }
        rec.flush(ctx.results());
    }

    private static void measureCount(Context ctx, Recorder rec, EngineType engine, MigrationSet set) {
        try (Target ours = Target.fresh(engine, ctx.workDir()); Target flyway = Target.fresh(engine, ctx.workDir())) {
            boolean largest = set.count() == ctx.size().largestCount();
            Tool setupTool = ctx.spdbJar().isPresent() ? Tool.SPDB : Tool.OURS;
            MemorySection.record(ctx, rec, engine, setupTool, setupTool.run(ctx.children(), ours, set, jar(ctx)), largest);
            Applied.check(ours, set, setupTool);
            MemorySection.record(ctx, rec, engine, Tool.FLYWAY, Tool.FLYWAY.run(ctx.children(), flyway, set, null),
                    largest);
            Applied.check(flyway, set, Tool.FLYWAY);
            for (int r = 0; r < ctx.size().repeats(); r++) {
                for (Tool tool : ColdMigrateSection.tools(ctx)) {
                    ProcessRun run = tool.run(ctx.children(), tool == Tool.FLYWAY ? flyway : ours, set, jar(ctx));
                    record(rec, engine, set.count(), tool, run);
                }
                Floor.measure(ctx, rec, engine, set.count(), ours);
            }
        }
    }

    private static java.nio.file.Path jar(Context ctx) {
        return ctx.spdbJar().orElse(null);
    }

    private static void record(Recorder rec, EngineType engine, int count, Tool tool, ProcessRun run) {
        String key = "warm." + engine.id() + "." + count + "." + tool.id();
        String what = count + " applied, nothing pending, " + engine.id() + ", " + tool.label();
        rec.add(key + ".process", "ms", what + ": whole process", Recorder.ms(run.wallNs()));
        if (run.inProcessNs() >= 0) {
            rec.add(key + ".inprocess", "ms", what + ": in-process (first call in a fresh JVM)",
                    Recorder.ms(run.inProcessNs()));
            rec.add(key + ".jvm", "ms", what + ": JVM start and exit (whole − in-process)",
                    Recorder.ms(run.wallNs() - run.inProcessNs()));
        }
    }

    private static void compare(Context ctx, EngineType engine, int count) {
        String p = "warm." + engine.id() + "." + count + ".";
        String label = "Flyway time / our time, warm start at " + count + ", ";
        boolean targeted = count >= TARGET_FROM_COUNT || count == ctx.size().largestCount();
        ctx.results().compare(targeted
                ? new Comparison(p + "inprocess", label + "in-process (" + engine.id() + ")", p + "ours.inprocess",
                        p + "flyway.inprocess", true, ">=", TARGET_SPEEDUP)
                : Comparison.reference(p + "inprocess", label + "in-process (" + engine.id() + ")",
                        p + "ours.inprocess", p + "flyway.inprocess", true));
        String whole = ctx.spdbJar().isPresent() ? "spdb" : "ours";
        ctx.results().compare(Comparison.reference(p + "process", label.replace("our", whole) + "whole process ("
                + engine.id() + ")", p + whole + ".process", p + "flyway.process", true));
    }

    private static void compareGrowth(Context ctx, EngineType engine, int small, int large) {
        if (small == large) {
            return;
        }
        double linear = (double) large / small;
        for (String tool : List.of("ours", "flyway")) {
            String label = (tool.equals("ours") ? "Our" : "Flyway's") + " warm in-process time at " + large
                    + " / at " + small + " (" + engine.id() + "; linear growth = " + (int) linear + ")";
            String id = "growth." + engine.id() + "." + tool;
            String subject = "warm." + engine.id() + "." + large + "." + tool + ".inprocess";
            String baseline = "warm." + engine.id() + "." + small + "." + tool + ".inprocess";
            ctx.results().compare(tool.equals("ours") ? new Comparison(id, label, subject, baseline, false, "<=",
                    TARGET_GROWTH)
                    : Comparison.reference(id, label, subject, baseline, false));
        }
    }
}
