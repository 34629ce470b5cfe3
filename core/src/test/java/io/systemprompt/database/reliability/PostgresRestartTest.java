package io.systemprompt.database.reliability;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.config.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL restart under a pooled writing load, in a throwaway cluster this test creates on a
 * loopback port (initdb and pg_ctl as the {@code postgres} user) and removes afterwards: no
 * acknowledged write is lost, and the pool recovers. Needs root and the PostgreSQL 15 binaries;
 * skipped with a notice otherwise.
 */
class PostgresRestartTest {
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final int PORT = Integer.getInteger("spdb.reliability.pgPort", 25432);
    private static final int WRITERS = 4;

    private Path cluster;

    @BeforeEach
    void createCluster() throws Exception {
        boolean usable = "root".equals(System.getProperty("user.name")) && Files.isExecutable(BIN.resolve("initdb"));
        if (!usable) {
            notice("needs root and " + BIN);
        }
        cluster = Files.createTempDirectory(Path.of("/tmp"), "spdb-pg-restart-");
        run("chown", "postgres", cluster.toString());
        if (asPostgres(BIN.resolve("initdb") + " -D " + cluster.resolve("data") + " -U postgres -A trust"
                + " --no-sync >/dev/null") != 0) {
            notice("initdb failed");
        }
        if (pgCtl("start") != 0) {
            notice("the throwaway cluster did not start on port " + PORT);
        }
    }

    @AfterEach
    void removeCluster() throws Exception {
        if (cluster != null) {
            pgCtl("stop -m immediate");
            run("rm", "-rf", cluster.toString());
        }
    }

    @Test
    void noAcknowledgedWriteIsLostAndThePoolRecovers() throws Exception {
        DatabaseConfig config = DatabaseConfig.builder().postgres("127.0.0.1", PORT, "postgres", "postgres", "")
                .autoMigrate(false).poolMax(WRITERS).connectTimeoutMs(20_000).build();
        try (Database db = Database.open(config)) {
            db.execute("CREATE TABLE acked (id BIGINT PRIMARY KEY)");
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicLong next = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        long id = next.incrementAndGet();
                        try {
                            db.transaction(tx -> tx.execute("INSERT INTO acked (id) VALUES (?)", id));
                            acknowledged.add(id);
                        } catch (DatabaseException e) {
                            failures.incrementAndGet(); // not acknowledged: it may or may not be there
                        }
                    }
                });
                t.start();
                writers.add(t);
            }
            waitFor(() -> acknowledged.size() >= 200);
            // An immediate stop is a crash: the server recovers from its WAL on start.
            assertThat(pgCtl("restart -m immediate")).isZero();
            long atRestart = acknowledged.size();
            waitFor(() -> acknowledged.size() >= atRestart + 200);
            stop.set(true);
            for (Thread t : writers) {
                t.join(TimeUnit.SECONDS.toMillis(60));
            }
            List<Long> stored = db.query("SELECT id FROM acked", Long.class);
            assertThat(stored).containsAll(acknowledged);
            System.out.println("PostgreSQL restart: " + acknowledged.size() + " writes acknowledged, "
                    + failures.get() + " refused while the server was down; all acknowledged writes stored");
            assertThat(db.health().up()).isTrue();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 120 s").isLessThan(end);
            Thread.sleep(20);
        }
    }

    private int pgCtl(String action) throws Exception {
        return asPostgres(BIN.resolve("pg_ctl") + " -D " + cluster.resolve("data") + " -w -t 60 -l "
                + cluster.resolve("log") + " -o \"-p " + PORT + " -k " + cluster + " -c listen_addresses=127.0.0.1"
                + "\" " + action + " >/dev/null");
    }

    private static int asPostgres(String command) throws Exception {
        return run("runuser", "-u", "postgres", "--", "sh", "-c", command);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static void notice(String why) {
        String notice = "*** PostgresRestartTest skipped: " + why + ".";
        System.err.println(notice);
        Assumptions.abort(notice);
    }
}
