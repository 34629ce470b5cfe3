package io.systemprompt.database.bench.write;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * SQLite writers through the API at 1, 2, 8 and 32 threads, the same total number of transactions
 * each time: throughput and the p50/p99 latency of one transaction (from the call to its return,
 * which with group commit includes waiting for the group's commit). Figures are
 * {@code writers.api<threads>.tps|p50|p99}.
 */
final class WriterScaling {
    static final List<Integer> THREADS = List.of(1, 2, 8, 32);

    private WriterScaling() {
    }

    static void run(Context ctx, Recorder rec) throws Exception {
        int total = ctx.size().writerThreads() * ctx.size().writerTx();
        for (int threads : THREADS) {
            long[] latencies = new long[total - total % threads];
            long start = System.nanoTime();
            long failed = measure(ctx, threads, latencies);
            long elapsed = System.nanoTime() - start;
            Arrays.sort(latencies);
            String key = "writers.api" + threads;
            String label = threads + " thread(s) × " + (total / threads) + " tx × " + WritersSection.INSERTS
                    + " inserts, API";
            rec.add(key + ".tps", "tx/s", label + ": committed transactions per second",
                    (latencies.length - failed) / (elapsed / 1e9));
            rec.add(key + ".p50", "µs", label + ": median transaction latency", latencies[latencies.length / 2] / 1e3);
            rec.add(key + ".p99", "µs", label + ": p99 transaction latency",
                    latencies[(int) Math.min(latencies.length - 1, Math.round(latencies.length * 0.99))] / 1e3);
            rec.add(key + ".failed", "tx", label + ": failed transactions", failed);
        }
    }

    static void compare(Context ctx) {
        for (int threads : THREADS) {
            ctx.results().compare(Comparison.reference("writers.api" + threads + ".tps", "API with " + threads
                    + " writer(s) / raw JDBC single writer, throughput", "writers.api" + threads + ".tps",
                    "writers.raw1.tps", false));
        }
    }

    private static long measure(Context ctx, int threads, long[] latencies) throws Exception {
        int perThread = latencies.length / threads;
        try (Target target = Target.fresh(EngineType.SQLITE, ctx.workDir());
             Database db = Database.open(target.config(List.of()).poolMax(Math.max(2, Math.min(threads, 16))).build())) {
            db.execute(WritersSection.CREATE);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                Future<?>[] futures = new Future<?>[threads];
                long[] failed = new long[threads];
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures[t] = pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            int seq = thread * perThread + i;
                            long s = System.nanoTime();
                            try {
                                db.useTransaction(tx -> {
                                    for (int n = 0; n < WritersSection.INSERTS; n++) {
                                        tx.execute(WritersSection.INSERT, seq, n, "name " + seq);
                                    }
                                });
                            } catch (DatabaseException e) {
                                failed[thread]++;
                            }
                            latencies[seq] = System.nanoTime() - s;
                        }
                    });
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                return Arrays.stream(failed).sum();
            } finally {
                pool.shutdown();
            }
        }
    }
}
