package io.systemprompt.database.bench.bulk;

import io.systemprompt.database.Database;
import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bulk insert of {@code (id, name, n)} rows: the API's batch against a raw JDBC batch on the same
 * pool, with the engines' own bulk paths as physical references (PostgreSQL {@code COPY}, the
 * {@code sqlite3} tool's {@code .import}).
 */
public final class BulkSection {
    private BulkSection() {
    }

    /** A way of loading the rows. */
    @FunctionalInterface
    interface Loader {
        long load(Database db, Target target, BulkData data) throws Exception;
    }

    /** Measures and records the section. */
    public static void run(Context ctx) throws Exception {
        BulkData data = BulkData.generate(ctx.size().bulkRows(), ctx.workDir());
        Recorder rec = new Recorder();
        boolean sqlite3 = hasSqlite3();
        if (!sqlite3) {
            ctx.results().note("bulk", "the sqlite3 tool is not installed: its .import reference was not measured"
                    + " (apt-get install -y sqlite3).");
        }
        for (EngineType engine : ctx.engines()) {
            try (Target target = Target.fresh(engine, ctx.workDir());
                 Database db = Database.open(target.config(List.of()).build())) {
                for (int r = 0; r < ctx.size().repeats(); r++) {
                    measure(rec, db, target, data, "api", "API batch", (d, t, x) -> BulkPaths.api(d, x));
                    measure(rec, db, target, data, "raw", "raw JDBC batch, same pool", (d, t, x) -> BulkPaths.raw(d, x));
                    if (engine == EngineType.POSTGRES) {
                        measure(rec, db, target, data, "copy", "COPY FROM STDIN (CopyManager)",
                                (d, t, x) -> BulkPaths.copy(d, x));
                    } else if (sqlite3) {
                        measure(rec, db, target, data, "import", "sqlite3 .import (whole process)",
                                (d, t, x) -> BulkPaths.sqliteImport(t, x));
                    }
                }
            }
            compare(ctx, engine);
        }
        rec.flush(ctx.results());
        Files.deleteIfExists(data.csv());
    }

    private static void measure(Recorder rec, Database db, Target target, BulkData data, String id, String label,
                                Loader loader) throws Exception {
        BulkPaths.reset(db);
        long start = System.nanoTime();
        long rows = loader.load(db, target, data);
        long elapsed = System.nanoTime() - start;
        if (rows != data.rows().size()) {
            throw new IllegalStateException("benchmarks: " + label + " loaded " + rows + " rows, expected "
                    + data.rows().size() + ". The bulk path is broken; fix it before comparing rates.");
        }
        String engine = target.engine().id();
        rec.add("bulk." + engine + "." + id, "rows/s", data.rows().size() + " rows, " + engine + ", " + label,
                rows / (elapsed / 1e9));
    }

    private static void compare(Context ctx, EngineType engine) {
        String p = "bulk." + engine.id() + ".";
        ctx.results().compare(new Comparison(p + "api", "API batch / raw JDBC batch, rows/s (" + engine.id() + ")",
                p + "api", p + "raw", false, ">=", 0.9));
        String own = engine == EngineType.POSTGRES ? "copy" : "import";
        String name = engine == EngineType.POSTGRES ? "COPY" : "sqlite3 .import";
        ctx.results().compare(Comparison.reference(p + "api." + own, "API batch / " + name + ", rows/s ("
                + engine.id() + ")", p + "api", p + own, false));
        ctx.results().compare(Comparison.reference(p + "raw." + own, "raw JDBC batch / " + name + ", rows/s ("
                + engine.id() + ")", p + "raw", p + own, false));
    }

    private static boolean hasSqlite3() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "sqlite3"))) {
                return true;
            }
        }
        return false;
    }
}
