package io.systemprompt.database.config;

import java.util.List;

/**
 * Settings for more than one PostgreSQL server: read replicas, the read-your-writes window, replica lag,
 * the migration lock mode and PgBouncer. The primary's host list is {@code POSTGRES_HOST}.
 *
 * @param replicas         {@code POSTGRES_REPLICA_HOSTS}: read replicas; empty for none
 * @param readYourWritesMs {@code DB_READ_YOUR_WRITES_MS}: after a thread (or session token) writes, its reads go
 *                         to the primary for this long; 0 turns the window off
 * @param maxReplicaLagMs  {@code DB_REPLICA_MAX_LAG_MS}: a replica further behind than this leaves rotation until
 *                         it catches up
 * @param lockMode         {@code DB_LOCK_MODE}
 * @param leaseMs          {@code DB_LOCK_LEASE_MS}: how long a migration lease lasts without renewal
 * @param pgbouncer        {@code POSTGRES_PGBOUNCER}: the servers are reached through PgBouncer in transaction
 *                         mode, so no named server-side prepared statements are used
 */
public record ScaleOutConfig(List<HostAndPort> replicas, long readYourWritesMs, long maxReplicaLagMs,
        LockMode lockMode, long leaseMs, boolean pgbouncer) {

    /** The defaults: no replicas, a 2 s window, 10 s lag bound, automatic lock mode, 30 s lease, no PgBouncer. */
    public static final ScaleOutConfig DEFAULTS = new ScaleOutConfig(List.of(), 2_000, 10_000, LockMode.AUTO,
            30_000, false);

    /** Validates every value. */
    public ScaleOutConfig {
        replicas = List.copyOf(replicas);
        if (lockMode == null) {
            throw ConfigurationException.invalid("DB_LOCK_MODE", "", LockMode.ACCEPTED);
        }
        nonNegative("DB_READ_YOUR_WRITES_MS", readYourWritesMs);
        if (maxReplicaLagMs < 1) {
            throw ConfigurationException.invalid("DB_REPLICA_MAX_LAG_MS", String.valueOf(maxReplicaLagMs),
                    "at least 1 millisecond");
        }
        if (leaseMs < 1_000) {
            throw ConfigurationException.invalid("DB_LOCK_LEASE_MS", String.valueOf(leaseMs), "at least 1000 milliseconds");
        }
    }

    private static void nonNegative(String variable, long value) {
        if (value < 0) {
            throw ConfigurationException.invalid(variable, String.valueOf(value), "0 or more milliseconds");
        }
    }

    /** These settings with other replicas. */
    public ScaleOutConfig withReplicas(List<HostAndPort> v) {
        return new ScaleOutConfig(v, readYourWritesMs, maxReplicaLagMs, lockMode, leaseMs, pgbouncer);
    }

    /** These settings with another read-your-writes window. */
    public ScaleOutConfig withReadYourWritesMs(long v) {
        return new ScaleOutConfig(replicas, v, maxReplicaLagMs, lockMode, leaseMs, pgbouncer);
    }

    /** These settings with another lag bound. */
    public ScaleOutConfig withMaxReplicaLagMs(long v) {
        return new ScaleOutConfig(replicas, readYourWritesMs, v, lockMode, leaseMs, pgbouncer);
    }

    /** These settings with another lock mode. */
    public ScaleOutConfig withLockMode(LockMode v) {
        return new ScaleOutConfig(replicas, readYourWritesMs, maxReplicaLagMs, v, leaseMs, pgbouncer);
    }

    /** These settings with another lease length. */
    public ScaleOutConfig withLeaseMs(long v) {
        return new ScaleOutConfig(replicas, readYourWritesMs, maxReplicaLagMs, lockMode, v, pgbouncer);
    }

    /** These settings with PgBouncer on or off. */
    public ScaleOutConfig withPgbouncer(boolean v) {
        return new ScaleOutConfig(replicas, readYourWritesMs, maxReplicaLagMs, lockMode, leaseMs, v);
    }
}
