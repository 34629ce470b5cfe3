package io.systemprompt.database.scale;

import io.systemprompt.database.Database;
import io.systemprompt.database.HostStatus;
import io.systemprompt.database.ReadTarget;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.HostAndPort;
import io.systemprompt.database.config.ScaleOutConfig;
import io.systemprompt.database.testing.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A primary and a streaming replica made with pg_basebackup on loopback ports: reads outside transactions
 * reach the replica, a read right after a write sees it, and a lagging replica leaves rotation.
 */
class ReplicaRoutingTest {
    private static final int PRIMARY = 25441;
    private static final int REPLICA = 25442;
    @TempDir
    static Path modules;
    static PgCluster primary;
    static PgCluster replica;
    static Database db;

    @BeforeAll
    static void start() {
        TopologyRequirement.requireServerPrograms(false);
        primary = PgCluster.primary(PRIMARY);
        primary.sql("postgres", "CREATE DATABASE app");
        replica = PgCluster.replicaOf(primary, REPLICA, "replica1");
        ScaleOutTrees.write(modules, 2, "");
        ScaleOutConfig scale = ScaleOutConfig.DEFAULTS.withReplicas(List.of(new HostAndPort("127.0.0.1", REPLICA)))
                .withMaxReplicaLagMs(1_000).withReadYourWritesMs(2_000);
        db = Database.open(DatabaseConfig.builder().postgres("127.0.0.1", PRIMARY, "app", "postgres", "")
                .moduleRoots(List.of(modules.toString())).scaleOut(scale).build());
        awaitReplica(h -> h.inRotation());
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    void readsOutsideTransactionsGoToTheReplicaAndAReadAfterAWriteSeesIt() throws Exception {
        assertThat(onFreshThread(() -> db.queryValue("SELECT pg_is_in_recovery()", Boolean.class).orElseThrow()))
                .as("a thread that has not written reads from the replica").isTrue();
        List<Object> seen = onFreshThread(() -> {
            db.execute("INSERT INTO notes (body) VALUES (?)", "right after");
            return List.of(db.queryValue("SELECT count(*) FROM notes WHERE body = ?", Long.class, "right after").orElseThrow(),
                    db.queryValue("SELECT pg_is_in_recovery()", Boolean.class).orElseThrow());
        });
        assertThat(seen).containsExactly(1L, false);
        java.util.Optional<Boolean> onReplica = db.readOnly(ReadTarget.REPLICA,
                tx -> tx.queryValue("SELECT pg_is_in_recovery()", Boolean.class));
        assertThat(onReplica).contains(true);
        java.util.Optional<Boolean> onPrimary = db.readOnly(tx -> tx.queryValue("SELECT pg_is_in_recovery()", Boolean.class));
        assertThat(onPrimary).contains(false);
    }

    @Test
    void aSessionTokenCarriesTheWindowAcrossThreads() throws Exception {
        onFreshThread(() -> {
            try (var s = db.session("user-42")) {
                return db.execute("INSERT INTO notes (body) VALUES ('by user 42')");
            }
        });
        assertThat(onFreshThread(() -> {
            try (var s = db.session("user-42")) {
                return db.queryValue("SELECT pg_is_in_recovery()", Boolean.class).orElseThrow();
            }
        })).as("same token, other thread: primary").isFalse();
        assertThat(onFreshThread(() -> db.queryValue("SELECT pg_is_in_recovery()", Boolean.class).orElseThrow()))
                .as("no token: replica").isTrue();
    }

    @Test
    void aWriteSentThroughQueryIsHandedToThePrimary() throws Exception {
        Long id = onFreshThread(() -> db.queryValue("INSERT INTO notes (body) VALUES ('via query') RETURNING id",
                Long.class).orElseThrow());
        assertThat(db.queryValue("SELECT body FROM notes WHERE id = ?", String.class, id)).contains("via query");
    }

    @Test
    void aLaggingReplicaLeavesRotationAndComesBack() throws Exception {
        replica.sql("postgres", "SELECT pg_wal_replay_pause()");
        try {
            onFreshThread(() -> db.execute("INSERT INTO notes (body) VALUES ('while paused')"));
            Thread.sleep(1_200);
            onFreshThread(() -> db.execute("INSERT INTO notes (body) VALUES ('while paused, again')"));
            HostStatus out = awaitReplica(h -> !h.inRotation());
            assertThat(out.role()).isEqualTo("replica");
            assertThat(out.lagMs()).isGreaterThan(1_000L);
            assertThat(onFreshThread(() -> db.queryValue("SELECT pg_is_in_recovery()", Boolean.class).orElseThrow()))
                    .as("with the replica out of rotation, reads go to the primary").isFalse();
        } finally {
            replica.sql("postgres", "SELECT pg_wal_replay_resume()");
        }
        assertThat(awaitReplica(HostStatus::inRotation).lagMs()).isLessThanOrEqualTo(1_000L);
        assertThat(db.hosts()).extracting(HostStatus::role).containsExactly("primary", "replica");
    }

    private static HostStatus awaitReplica(Predicate<HostStatus> condition) {
        for (int i = 0; i < 300; i++) {
            HostStatus r = db.hosts().get(1);
            if (condition.test(r)) {
                return r;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the replica never reached the expected state: " + db.hosts());
    }

    /** Read-your-writes is per thread, so each scenario starts on a thread that has not written. */
    private static <T> T onFreshThread(Callable<T> work) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            return one.submit(work).get();
        } finally {
            one.shutdownNow();
        }
    }
}
