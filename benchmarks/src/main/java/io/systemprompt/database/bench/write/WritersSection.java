package io.systemprompt.database.bench.write;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.util.List;

/**
 * SQLite concurrent writers: {@code threads × tx} transactions of 5 inserts through the API on one
 * file, against the same work single-threaded through raw JDBC (the serialized ceiling of one
 * writer), and against raw HikariCP with sqlite-jdbc defaults under the same threads.
 */
public final class WritersSection {
    static final String CREATE = "CREATE TABLE w (id INTEGER PRIMARY KEY, thread INTEGER, n INTEGER, name VARCHAR(50))";
    static final String INSERT = "INSERT INTO w (thread, n, name) VALUES (?, ?, ?)";
    static final int INSERTS = 5;

    private WritersSection() {
    }

    /** Measures and records the section. */
    public static void run(Context ctx) throws Exception {
        Recorder rec = new Recorder();
        int threads = ctx.size().writerThreads();
        int tx = ctx.size().writerTx();
        long deadline = ctx.size().writerDeadlineMs();
        String work = threads + " threads × " + tx + " tx × " + INSERTS + " inserts";
        for (int r = 0; r < ctx.size().repeats(); r++) {
            record(rec, "api", work + ", API, one SQLite file", api(ctx, threads, tx, deadline));
            record(rec, "raw1", (threads * tx) + " tx × " + INSERTS + " inserts, 1 thread, raw JDBC (same pragmas)",
                    RawWriters.run(ctx, 1, threads * tx, true, deadline));
            record(rec, "rawdefaults", work + ", raw HikariCP + sqlite-jdbc defaults",
                    RawWriters.run(ctx, threads, tx, false, deadline));
        }
        WriterScaling.run(ctx, rec);
        rec.flush(ctx.results());
        compare(ctx);
        WriterScaling.compare(ctx);
    }

    private static WriterWork.Outcome api(Context ctx, int threads, int tx, long deadlineMs) throws Exception {
        try (Target target = Target.fresh(EngineType.SQLITE, ctx.workDir());
             Database db = Database.open(target.config(List.of()).poolMax(threads).build())) {
            db.execute(CREATE);
            return WriterWork.run(threads, tx, deadlineMs, seq -> {
                try {
                    db.useTransaction(t -> {
                        for (int i = 0; i < INSERTS; i++) {
                            t.execute(INSERT, seq, i, "name " + seq);
                        }
                    });
                    return true;
                } catch (DatabaseException e) {
                    return false;
                }
            });
        }
    }

    private static void record(Recorder rec, String id, String label, WriterWork.Outcome o) {
        rec.add("writers." + id + ".tps", "tx/s", label + ": committed transactions per second", o.perSecond());
        rec.add("writers." + id + ".failed", "tx", label + ": failed transactions", o.failed());
        rec.add("writers." + id + ".committed", "tx", label + ": committed transactions", o.committed());
    }

    private static void compare(Context ctx) {
        ctx.results().compare(new Comparison("writers.api.failed", "API failed / committed transactions (must be 0)",
                "writers.api.failed", "writers.api.committed", false, "<=", 0));
        ctx.results().compare(new Comparison("writers.api.tps", "API with 8 writers / raw JDBC single writer,"
                + " throughput", "writers.api.tps", "writers.raw1.tps", false, ">=", 1.0));
        ctx.results().compare(Comparison.reference("writers.rawdefaults.tps", "raw HikariCP + sqlite-jdbc defaults"
                + " with 8 writers / raw JDBC single writer, throughput", "writers.rawdefaults.tps", "writers.raw1.tps",
                false));
    }
}
