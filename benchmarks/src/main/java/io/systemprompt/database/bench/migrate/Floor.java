package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.ProcessRun;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.util.List;
import java.util.Map;

/**
 * The warm-start floor, measured in the same repetitions as the warm start itself ({@link FloorProbe}
 * on the database the warm start just checked), and the ratios our time / floor next to our time /
 * Flyway's. Figures are {@code floor.<engine>.<count>.process|inprocess}.
 */
public final class Floor {
    /** Whole process: ours within this factor of the floor, from {@link #TARGET_FROM_COUNT} migrations. */
    static final double TARGET_PROCESS = 1.5;
    static final int TARGET_FROM_COUNT = 1_000;

    private Floor() {
    }

    /** Runs the floor probe once on the target and records it. */
    public static void measure(Context ctx, Recorder rec, EngineType engine, int count, Target target) {
        ProcessRun run = ctx.children().runMain(FloorProbe.class.getName(),
                List.of(engine.id(), target.location()), Map.of());
        String key = "floor." + engine.id() + "." + count;
        String what = count + " applied, " + engine.id() + ", plain JDBC main reading the history table once";
        rec.add(key + ".process", "ms", what + ": whole process", Recorder.ms(run.wallNs()));
        rec.add(key + ".inprocess", "ms", what + ": in-process", Recorder.ms(run.inProcessNs()));
    }

    /** Our time / floor (whole process with a target, in-process for reference) and our time / Flyway's. */
    public static void compare(Context ctx, EngineType engine, int count) {
        String w = "warm." + engine.id() + "." + count + ".";
        String f = "floor." + engine.id() + "." + count + ".";
        String at = " at " + count + " (" + engine.id() + ")";
        boolean targeted = count >= TARGET_FROM_COUNT || count == ctx.size().largestCount();
        for (String tool : wholeProcessTools(ctx)) {
            String label = Tool.valueOf(tool.toUpperCase()).label() + " / floor, whole process" + at;
            ctx.results().compare(targeted
                    ? new Comparison(f + tool + ".process", label, w + tool + ".process", f + "process", false, "<=",
                            TARGET_PROCESS)
                    : Comparison.reference(f + tool + ".process", label, w + tool + ".process", f + "process", false));
            ctx.results().compare(Comparison.reference(f + tool + ".flyway.process", Tool.valueOf(tool.toUpperCase())
                    .label() + " / Flyway in a plain main, whole process" + at, w + tool + ".process", w + "flyway.process",
                    false));
        }
        ctx.results().compare(Comparison.reference(f + "ours.inprocess", "Library / floor, in-process" + at,
                w + "ours.inprocess", f + "inprocess", false));
        ctx.results().compare(Comparison.reference(f + "ours.flyway.inprocess", "Library / Flyway, in-process" + at, w + "ours.inprocess", w + "flyway.inprocess", false));
    }

    private static List<String> wholeProcessTools(Context ctx) {
        return ctx.spdbJar().isPresent() ? List.of("ours", "spdb") : List.of("ours");
    }
}
