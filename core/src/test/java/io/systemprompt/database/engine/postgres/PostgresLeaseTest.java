package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The lease table is made by whichever of several processes starting together gets there first. */
class PostgresLeaseTest {
    private static final int PROCESSES = 4;
    private static final int ROUNDS = 20;

    private PostgresScratch pg;

    @BeforeEach
    void create() {
        pg = PostgresScratch.create();
    }

    @AfterEach
    void drop() {
        pg.close();
    }

    @Test
    void processesCreatingTheLeaseTableAtOnceAllSucceedWithOneLeaseRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PROCESSES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS _migration_lease");
                }
                CyclicBarrier start = new CyclicBarrier(PROCESSES);
                List<Future<?>> runs = new ArrayList<>();
                for (int p = 0; p < PROCESSES; p++) {
                    runs.add(pool.submit(() -> {
                        try (Connection c = pg.connect()) {
                            start.await();
                            PostgresLease.INSTANCE.ensure(c);
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get(); // rethrows a process's failure
                }
                try (Connection c = pg.connect(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM _migration_lease")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("round " + round).isEqualTo(1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
