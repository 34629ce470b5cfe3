package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.ProcessRun;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.util.ArrayList;
import java.util.List;

/**
 * Cold migrate: the generated migrations applied to a fresh database by this library and by Flyway,
 * each in a fresh JVM, timed inside the process and as a whole process. Runs alternate between the
 * tools so that drift on a shared machine hits both alike.
 */
public final class ColdMigrateSection {
    private static final double TARGET_SPEEDUP = 3.0;

    private ColdMigrateSection() {
    }

    /** Measures and records the section. */
    public static void run(Context ctx) {
        MigrationSet set = MigrationSet.generate(ctx.workDir().resolve("cold-" + ctx.size().coldMigrations()),
                ctx.size().coldMigrations());
        Recorder rec = new Recorder();
        for (EngineType engine : ctx.engines()) {
            for (int r = 0; r < ctx.size().repeats(); r++) {
                for (Tool tool : tools(ctx)) {
                    measure(ctx, rec, engine, tool, set);
                }
            }
            compare(ctx, engine);
        }
        rec.flush(ctx.results());
    }

    static List<Tool> tools(Context ctx) {
        List<Tool> tools = new ArrayList<>(List.of(Tool.OURS, Tool.FLYWAY));
        ctx.spdbJar().ifPresent(jar -> tools.add(Tool.SPDB));
        return tools;
    }

    private static void measure(Context ctx, Recorder rec, EngineType engine, Tool tool, MigrationSet set) {
        try (Target target = Target.fresh(engine, ctx.workDir())) {
            ProcessRun run = tool.run(ctx.children(), target, set, ctx.spdbJar().orElse(null));
            Applied.check(target, set, tool);
            String key = "cold." + engine.id() + "." + tool.id();
            String what = set.count() + " migrations, fresh " + engine.id() + ", " + tool.label();
            if (run.inProcessNs() >= 0) {
                rec.add(key + ".inprocess", "ms", what + ": in-process", Recorder.ms(run.inProcessNs()));
            }
            rec.add(key + ".process", "ms", what + ": whole process", Recorder.ms(run.wallNs()));
        }
    }

    private static void compare(Context ctx, EngineType engine) {
        String p = "cold." + engine.id() + ".";
        ctx.results().compare(new Comparison(p + "inprocess", "Flyway time / our time, in-process (" + engine.id() + ")",
                p + "ours.inprocess", p + "flyway.inprocess", true, ">=", TARGET_SPEEDUP));
        String whole = ctx.spdbJar().isPresent() ? "spdb" : "ours";
        ctx.results().compare(new Comparison(p + "process", "Flyway time / " + whole + " time, whole process ("
                + engine.id() + ")", p + whole + ".process", p + "flyway.process", true, ">=", TARGET_SPEEDUP));
    }
}
