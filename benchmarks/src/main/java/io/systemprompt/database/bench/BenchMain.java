package io.systemprompt.database.bench;

import io.systemprompt.database.bench.bulk.BulkSection;
import io.systemprompt.database.bench.jmh.QueryOverheadSection;
import io.systemprompt.database.bench.migrate.ColdMigrateSection;
import io.systemprompt.database.bench.migrate.WarmStartSection;
import io.systemprompt.database.bench.report.ReportWriter;
import io.systemprompt.database.bench.report.Results;
import io.systemprompt.database.bench.run.ChildProcess;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Machine;
import io.systemprompt.database.bench.run.Pg;
import io.systemprompt.database.bench.run.Scratch;
import io.systemprompt.database.bench.write.WritersSection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark harness: runs the sections, writes {@code bench/results/<size>.tsv} and regenerates
 * {@code docs/benchmarks.md} from it. {@code BenchMain report <results.tsv> <out.md> [analysis.md]}
 * only regenerates the report. See {@link BenchOptions} for the options.
 */
public final class BenchMain {
    /** One benchmark section. */
    @FunctionalInterface
    interface Section {
        void run(Context ctx) throws Exception;
    }

    private static final Map<String, Section> SECTIONS = Map.of(
            "query", QueryOverheadSection::run,
            "cold", ColdMigrateSection::run,
            "warm", WarmStartSection::run,
            "writers", WritersSection::run,
            "bulk", BulkSection::run,
            "seedcold", io.systemprompt.database.bench.seed.SeedColdMigrateSection::run,
            "seedinsert", io.systemprompt.database.bench.seed.SeedInsertSection::run,
            "seedload", io.systemprompt.database.bench.seed.SeedLoadSection::run);

    private BenchMain() {
    }

    /** Entry point; exits 1 when a section failed. */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && "report".equals(args[0])) {
            Optional<Path> analysis = args.length > 3 ? Optional.of(Path.of(args[3])) : Optional.empty();
            ReportWriter.write(Results.read(Path.of(args[1])), Path.of(args[2]), analysis);
            return;
        }
        BenchOptions options = BenchOptions.parse(args);
        Results results = run(options, String.join(" ", args));
        boolean failed = results.notes().stream().anyMatch(n -> n[1].startsWith("FAILED"));
        System.exit(failed ? 1 : 0);
    }

    /** Runs the sections the options name and writes the results and the report. */
    static Results run(BenchOptions options, String argsText) throws IOException {
        Path work = options.work().isPresent() ? options.work().get() : Files.createTempDirectory("spdb-bench");
        Files.createDirectories(work);
        try {
            return run(options, argsText, work);
        } finally {
            if (options.work().isEmpty()) {
                Scratch.delete(work);
            }
        }
    }

    private static Results run(BenchOptions options, String argsText, Path work) {
        boolean postgres = Pg.reachable();
        Results results = new Results();
        results.meta("size", options.size().name());
        results.meta("command", "./bench/run " + argsText);
        results.meta("started", Instant.now().toString());
        results.meta("commit", System.getenv().getOrDefault("BENCH_COMMIT", "unknown"));
        Machine.describe(results, postgres);
        Context ctx = new Context(options.size(), results, work, postgres, options.spdbJar(), new ChildProcess(work));
        note(ctx, options);
        for (String name : options.only()) {
            runSection(ctx, name, SECTIONS.get(name));
        }
        results.meta("finished", Instant.now().toString());
        Path tsv = options.results().resolve(options.size().name() + ".tsv");
        results.write(tsv);
        options.report().ifPresent(md -> ReportWriter.write(results, md, Optional.of(options.analysis())));
        return results;
    }

    private static void note(Context ctx, BenchOptions options) {
        if (!ctx.postgres()) {
            ctx.results().note("query", "PostgreSQL at " + Pg.HOST + ":" + Pg.PORT + " is unreachable: every"
                    + " PostgreSQL figure was skipped.");
        }
        if (options.spdbJar().isEmpty()) {
            for (String s : new String[] {"cold", "warm"}) {
                ctx.results().note(s, "cli/target/spdb.jar was not built: whole-process figures for this library"
                        + " come from the library in a plain main instead of `spdb migrate`.");
            }
        }
    }

    private static void runSection(Context ctx, String name, Section section) {
        long start = System.nanoTime();
        System.out.printf("== %s (%s)%n", name, ctx.size().name());
        try {
            section.run(ctx);
        } catch (Exception | Error e) {
            e.printStackTrace();
            ctx.results().note(name, "FAILED: " + e);
        }
        System.out.printf("   %s took %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
