package io.systemprompt.database.scale;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.testing.PgCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failover under a writing load: a primary with a synchronous streaming replica, both named in
 * {@code POSTGRES_HOST}. The primary is killed and the replica promoted; the pool reconnects to the new
 * primary by itself, every acknowledged write is there, and every write that failed was reported.
 */
class FailoverTest {
    private static final int PRIMARY = 25443;
    private static final int STANDBY = 25444;

    @Test
    void thePoolFindsThePromotedReplicaAndNoAcknowledgedWriteIsLost(@TempDir Path modules) throws Exception {
        TopologyRequirement.requireServerPrograms(false);
        ScaleOutTrees.write(modules, 1, "");
        try (PgCluster primary = PgCluster.primary(PRIMARY)) {
            primary.sql("postgres", "CREATE DATABASE app");
            try (PgCluster standby = PgCluster.replicaOf(primary, STANDBY, "standby1");
                    AutoCloseable sync = synchronous(primary);
                    Database db = Database.open(DatabaseConfig.builder()
                            .postgres("127.0.0.1:" + PRIMARY + ",127.0.0.1:" + STANDBY, 5432, "app", "postgres", "")
                            .connectTimeoutMs(20_000).poolMax(4).moduleRoots(List.of(modules.toString())).build())) {
                Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicInteger failed = new AtomicInteger();
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger afterPromotion = new AtomicInteger();
                AtomicBoolean promoted = new AtomicBoolean();
                Thread writer = new Thread(() -> {
                    for (int i = 1; !stop.get() && i < 100_000; i++) {
                        try {
                            db.execute("INSERT INTO notes (id, body) VALUES (?, ?)", i, "write " + i);
                            acknowledged.add(i);
                            if (promoted.get()) {
                                afterPromotion.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                writer.start();
                awaitAtLeast(acknowledged, 50);
                primary.crash();
                standby.promote();
                promoted.set(true);
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (afterPromotion.get() < 50 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                stop.set(true);
                writer.join(60_000);
                assertThat(afterPromotion.get()).as("writes after the failover, without a restart").isGreaterThanOrEqualTo(50);
                Set<Integer> present = new HashSet<>();
                try (Connection c = standby.connect("app"); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT id FROM notes")) {
                    while (rs.next()) {
                        present.add(rs.getInt(1));
                    }
                }
                assertThat(present).as("every acknowledged write is on the new primary").containsAll(acknowledged);
                assertThat(present.size() - acknowledged.size())
                        .as("rows beyond the acknowledged ones can only come from writes reported as failed")
                        .isBetween(0, failed.get());
                assertThat(db.health().up()).isTrue();
            }
        }
    }

    /** Makes the standby synchronous once it streams, so a commit is acknowledged only when both have it. */
    private static AutoCloseable synchronous(PgCluster primary) throws Exception {
        primary.sql("postgres", "ALTER SYSTEM SET synchronous_standby_names = 'standby1'");
        primary.sql("postgres", "SELECT pg_reload_conf()");
        for (int i = 0; i < 600; i++) {
            try (Connection c = primary.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    return () -> { };
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the standby never became synchronous");
    }

    private static void awaitAtLeast(Set<Integer> acknowledged, int n) throws InterruptedException {
        for (int i = 0; i < 600 && acknowledged.size() < n; i++) {
            Thread.sleep(50);
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(n);
    }
}
