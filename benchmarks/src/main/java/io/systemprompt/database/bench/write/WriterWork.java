package io.systemprompt.database.bench.write;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * Runs the writers' work: {@code threads} threads each run {@code tx} transactions (a transaction is
 * a callback taking a sequence number and answering whether it committed), stopping early at a
 * deadline so that a baseline that stalls cannot stretch the run.
 */
final class WriterWork {
    /** What a run did. */
    record Outcome(long committed, long failed, long elapsedNs) {
        double perSecond() {
            return committed / (elapsedNs / 1e9);
        }
    }

    private WriterWork() {
    }

    static Outcome run(int threads, int tx, long deadlineMs, IntPredicate transaction) throws Exception {
        AtomicLong committed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + deadlineMs * 1_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<?>[] futures = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                int base = t * tx;
                futures[t] = pool.submit(() -> {
                    for (int i = 0; i < tx && System.nanoTime() < deadline; i++) {
                        (transaction.test(base + i) ? committed : failed).incrementAndGet();
                    }
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Outcome(committed.get(), failed.get(), System.nanoTime() - start);
    }
}
