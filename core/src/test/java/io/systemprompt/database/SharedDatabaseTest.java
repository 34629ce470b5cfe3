package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The process-wide database behind {@link Database#get()}: one instance however many threads ask. */
class SharedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void concurrentFirstCallsOpenOneDatabaseAndCloseLetsTheNextCallOpenAnother() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        Supplier<DatabaseConfig> config = () -> {
            opened.incrementAndGet();
            return TestDatabases.sqlite(dir).build();
        };
        List<Database> seen = fromManyThreads(config, 8);
        assertThat(seen).allSatisfy(db -> assertThat(db).isSameAs(seen.get(0)));
        assertThat(opened).hasValue(1);

        seen.get(0).close();
        try (Database next = Database.shared(config)) {
            assertThat(next).isNotSameAs(seen.get(0));
            assertThat(next.queryValue("SELECT 1", Long.class)).contains(1L);
            assertThat(opened).hasValue(2);
        }
    }

    private static List<Database> fromManyThreads(Supplier<DatabaseConfig> config, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Database>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return Database.shared(config);
                }));
            }
            start.countDown();
            List<Database> out = new ArrayList<>();
            for (Future<Database> f : futures) {
                out.add(f.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
