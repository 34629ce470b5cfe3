package io.systemprompt.database.bench.jmh;

import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Size;
import io.systemprompt.database.config.EngineType;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Query overhead: runs {@link QueryBenchmark} with JMH and records each API/raw pair with its ratio. */
public final class QueryOverheadSection {
    private static final double TARGET_COST = 1.10;
    private static final double TARGET_ALLOC = 1.5;
    /** JMH's GC profiler result: bytes allocated per operation, steady even on a busy machine. */
    private static final String ALLOC = "gc.alloc.rate.norm";
    private static final Map<String, String> OPERATIONS = Map.of(
            "point", "primary-key point select → record",
            "rows100", "100-row select → records",
            "insert", "single-row insert, autocommit",
            "tx5", "5-statement transaction");

    private QueryOverheadSection() {
    }

    /** Measures and records the section. */
    public static void run(Context ctx) throws RunnerException {
        Collection<RunResult> runs = new Runner(options(ctx)).run();
        Recorder rec = new Recorder();
        for (RunResult run : runs) {
            record(rec, run);
        }
        rec.flush(ctx.results());
        for (EngineType engine : ctx.engines()) {
            for (String op : List.of("point", "rows100", "insert", "tx5")) {
                String p = "query." + engine.id() + "." + op + ".";
                ctx.results().compare(new Comparison(p + "cost", "API time / raw JDBC time, " + OPERATIONS.get(op)
                        + " (" + engine.id() + ")", p + "api", p + "raw", false, "<=", TARGET_COST));
                ctx.results().compare(new Comparison(p + "alloc", "API / raw JDBC bytes allocated per call, "
                        + OPERATIONS.get(op) + " (" + engine.id() + ")", p + "api.alloc", p + "raw.alloc", false,
                        "<=", TARGET_ALLOC));
            }
        }
    }

    private static Options options(Context ctx) {
        Size.JmhShape shape = ctx.size().jmh();
        String[] engines = ctx.engines().stream().map(EngineType::id).toArray(String[]::new);
        return new OptionsBuilder()
                .include(QueryBenchmark.class.getName() + "\\." + shape.methods() + "$")
                .param("engine", engines)
                .forks(shape.forks())
                .warmupIterations(shape.warmups())
                .warmupTime(TimeValue.milliseconds(shape.warmupMs()))
                .measurementIterations(shape.iterations())
                .measurementTime(TimeValue.milliseconds(shape.iterationMs()))
                .threads(1)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .output(ctx.workDir().resolve("jmh.log").toString())
                .build();
    }

    private static void record(Recorder rec, RunResult run) {
        String method = run.getParams().getBenchmark();
        method = method.substring(method.lastIndexOf('.') + 1);
        String engine = run.getParams().getParam("engine");
        boolean api = method.endsWith("Api");
        String op = method.substring(0, method.length() - 3);
        String key = "query." + engine + "." + op + "." + (api ? "api" : "raw");
        String label = OPERATIONS.get(op) + ", " + engine + ", " + (api ? "API" : "raw JDBC, same pool");
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            for (IterationResult it : fork.getIterationResults()) {
                rec.add(key, "us/op", label + " (JMH iterations)", it.getPrimaryResult().getScore());
                Result<?> alloc = it.getSecondaryResults().get(ALLOC);
                if (alloc != null) {
                    rec.add(key + ".alloc", "B/op", label + ": bytes allocated per call", alloc.getScore());
                }
            }
        }
    }
}
