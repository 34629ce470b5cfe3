package io.systemprompt.database.pool;

import io.systemprompt.database.HostStatus;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.HostAndPort;
import io.systemprompt.database.engine.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The read replicas of a PostgreSQL database, one pool each, and a monitor that measures each one's
 * replay lag against the primary. A replica that is down, promoted, or further behind than
 * {@code DB_REPLICA_MAX_LAG_MS} leaves rotation until it is back within the bound.
 */
public final class ReplicaSet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaSet.class);

    private final List<Replica> replicas = new ArrayList<>();
    private final ConnectionPool primary;
    private final Dialect dialect;
    private final long maxLagMs;
    private final AtomicInteger next = new AtomicInteger();
    private final ScheduledExecutorService monitor;

    private ReplicaSet(DatabaseConfig config, Dialect dialect, ConnectionPool primary) {
        this.primary = primary;
        this.dialect = dialect;
        this.maxLagMs = config.scaleOut().maxReplicaLagMs();
        for (HostAndPort host : config.scaleOut().replicas()) {
            replicas.add(new Replica(host, ConnectionPool.openReplica(config, dialect, host)));
        }
        monitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "systemprompt-database-replica-monitor");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(100, Math.min(1_000, maxLagMs / 4));
        measure();
        monitor.scheduleWithFixedDelay(this::measure, period, period, TimeUnit.MILLISECONDS);
    }

    /** The replicas of the configuration, or empty when it names none. */
    public static Optional<ReplicaSet> open(DatabaseConfig config, Dialect dialect, ConnectionPool primary) {
        return config.scaleOut().replicas().isEmpty() ? Optional.empty()
                : Optional.of(new ReplicaSet(config, dialect, primary));
    }

    /** The pool of the next replica in rotation (round robin), or empty when none is in rotation. */
    public Optional<ConnectionPool> next() {
        int n = replicas.size();
        int start = Math.floorMod(next.getAndIncrement(), n);
        for (int i = 0; i < n; i++) {
            Replica r = replicas.get((start + i) % n);
            if (r.inRotation) {
                return Optional.of(r.pool);
            }
        }
        return Optional.empty();
    }

    /** Takes a replica out of rotation at once, e.g. after its connection failed; the monitor brings it back. */
    public void failed(ConnectionPool pool, Exception cause) {
        for (Replica r : replicas) {
            if (r.pool == pool && r.inRotation) {
                r.inRotation = false;
                r.error = cause.getMessage();
                LOG.warn("Read replica {} left rotation: {}", r.host, cause.getMessage());
            }
        }
    }

    /** Each replica's state. */
    public List<HostStatus> status() {
        List<HostStatus> out = new ArrayList<>();
        for (Replica r : replicas) {
            out.add(new HostStatus(r.host.toString(), r.role, r.inRotation, r.lagMs, r.error));
        }
        return out;
    }

    /** Measures every replica now; the monitor calls this periodically. */
    public void measure() {
        for (Replica r : replicas) {
            try (Connection p = primary.borrow(); Connection c = r.pool.borrow()) {
                OptionalLong lag = dialect.replicaLagMs(p, c);
                update(r, lag.isPresent() ? "replica" : "primary", lag.isPresent() ? lag.getAsLong() : null, null);
            } catch (SQLException | RuntimeException e) {
                update(r, "down", null, e.getMessage());
            }
        }
    }

    private void update(Replica r, String role, Long lagMs, String error) {
        boolean ok = "replica".equals(role) && lagMs != null && lagMs <= maxLagMs;
        if (ok != r.inRotation) {
            if (ok) {
                LOG.info("Read replica {} is in rotation (lag {} ms).", r.host, lagMs);
            } else {
                LOG.warn("Read replica {} left rotation: {}", r.host, error != null ? error
                        : "replica".equals(role) ? "lag " + lagMs + " ms exceeds DB_REPLICA_MAX_LAG_MS=" + maxLagMs
                        : "it is not a standby any more (promoted?)");
            }
        }
        r.role = role;
        r.lagMs = lagMs;
        r.error = error;
        r.inRotation = ok;
    }

    @Override
    public void close() {
        monitor.shutdownNow();
        for (Replica r : replicas) {
            r.pool.close();
        }
    }

    private static final class Replica {
        final HostAndPort host;
        final ConnectionPool pool;
        volatile boolean inRotation;
        volatile String role = "unknown";
        volatile Long lagMs;
        volatile String error;

        Replica(HostAndPort host, ConnectionPool pool) {
            this.host = host;
            this.pool = pool;
        }
    }
}
