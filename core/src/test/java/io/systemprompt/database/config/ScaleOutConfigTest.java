package io.systemprompt.database.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Host lists, replicas, lock mode and PgBouncer from the environment. */
class ScaleOutConfigTest {

    @Test
    void readsHostListsReplicasAndTheOtherSettings() {
        DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.of("DATABASE_TYPE", "postgres",
                "POSTGRES_HOST", "db1,db2:5433,[fd00::1]:5434", "POSTGRES_PORT", "6000",
                "POSTGRES_REPLICA_HOSTS", "r1, r2:7000", "DB_READ_YOUR_WRITES_MS", "500",
                "DB_REPLICA_MAX_LAG_MS", "2500", "DB_LOCK_MODE", "LEASE", "DB_LOCK_LEASE_MS", "5000",
                "POSTGRES_PGBOUNCER", "true"));
        assertThat(c.postgresHosts()).containsExactly(new HostAndPort("db1", 6000), new HostAndPort("db2", 5433),
                new HostAndPort("fd00::1", 5434));
        assertThat(c.describeLocation()).isEqualTo("systemprompt@db1:6000,db2:5433,[fd00::1]:5434/systemprompt");
        ScaleOutConfig s = c.scaleOut();
        assertThat(s.replicas()).containsExactly(new HostAndPort("r1", 6000), new HostAndPort("r2", 7000));
        assertThat(List.of(s.readYourWritesMs(), s.maxReplicaLagMs(), s.leaseMs())).containsExactly(500L, 2500L, 5000L);
        assertThat(s.lockMode()).isEqualTo(LockMode.LEASE);
        assertThat(s.pgbouncer()).isTrue();
        assertThat(c.toString()).contains("replicas=r1:6000,r2:7000", "lockMode=lease", "pgbouncer=true");
    }

    @Test
    void defaultsNeedNothing() {
        ScaleOutConfig s = DatabaseConfig.fromEnvironment(Map.of()).scaleOut();
        assertThat(s).isEqualTo(ScaleOutConfig.DEFAULTS);
        assertThat(s.replicas()).isEmpty();
        assertThat(s.lockMode()).isEqualTo(LockMode.AUTO);
    }

    @Test
    void refusesUrlTextAndMalformedEntriesNamingTheVariable() {
        for (String bad : List.of("db?sslmode=disable", "db/other", "db:0", "db:99999", "db:x", "a,,b", "[::1",
                "db&ApplicationName=x")) {
            assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DATABASE_TYPE", "postgres", "POSTGRES_HOST", bad)))
                    .as(bad).isInstanceOf(ConfigurationException.class).hasMessageContaining("POSTGRES_HOST");
        }
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("POSTGRES_REPLICA_HOSTS", "r1?x=y")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("POSTGRES_REPLICA_HOSTS");
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DB_LOCK_MODE", "session")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DB_LOCK_MODE")
                .hasMessageContaining("auto, advisory, lease");
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DB_LOCK_LEASE_MS", "10")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DB_LOCK_LEASE_MS");
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DB_REPLICA_MAX_LAG_MS", "0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DB_REPLICA_MAX_LAG_MS");
    }
}
