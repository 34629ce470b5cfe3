package io.systemprompt.database;

import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Many writers on one SQLite file queue for the write lock instead of failing with SQLITE_BUSY. */
class SqliteConcurrencyTest {
    private static final int THREADS = 8;
    private static final int TRANSACTIONS = 500;

    @TempDir
    Path dir;

    @Test
    void eightThreadsOfWriteTransactionsAllCommit() throws Exception {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            db.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, thread INTEGER NOT NULL, seq INTEGER NOT NULL)");
            db.execute("INSERT INTO counters (id, n) VALUES (1, 0)");
            AtomicInteger failures = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < TRANSACTIONS; i++) {
                        int seq = i;
                        try {
                            db.useTransaction(tx -> {
                                long n = tx.queryValue("SELECT n FROM counters WHERE id = 1", Long.class).orElseThrow();
                                tx.execute("UPDATE counters SET n = ? WHERE id = 1", n + 1);
                                tx.execute("INSERT INTO log (thread, seq) VALUES (?, ?)", thread, seq);
                            });
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                        // Readers run alongside the writers without blocking them.
                        db.queryValue("SELECT count(*) FROM log", Long.class);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            assertThat(failures).hasValue(0);
            assertThat(db.queryValue("SELECT n FROM counters WHERE id = 1", Long.class))
                    .contains((long) THREADS * TRANSACTIONS);
            assertThat(db.queryValue("SELECT count(*) FROM log", Long.class)).contains((long) THREADS * TRANSACTIONS);
            assertThat(db.queryValue("SELECT count(DISTINCT thread || '-' || seq) FROM log", Long.class))
                    .contains((long) THREADS * TRANSACTIONS);
            assertThat(db.poolStats().active()).isZero();
        }
    }
}
