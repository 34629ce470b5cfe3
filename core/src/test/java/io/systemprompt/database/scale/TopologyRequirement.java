package io.systemprompt.database.scale;

import io.systemprompt.database.testing.PgBouncerProcess;
import io.systemprompt.database.testing.PgCluster;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology tests need the PostgreSQL server programs (and PgBouncer). Without them they are skipped
 * with a loud notice, unless {@code SPDB_REQUIRE_POSTGRES=1} (CI sets it) makes that a failure.
 */
final class TopologyRequirement {
    private TopologyRequirement() {
    }

    static void requireServerPrograms(boolean pgbouncer) {
        boolean ok = PgCluster.available() && (!pgbouncer || PgBouncerProcess.available());
        if (!ok) {
            String notice = "PostgreSQL server programs" + (pgbouncer ? " or pgbouncer" : "")
                    + " are not installed: the replica, failover and PgBouncer tests are SKIPPED.";
            System.err.println("\n!!! " + notice + "\n");
            assertThat("1".equals(System.getenv("SPDB_REQUIRE_POSTGRES")))
                    .as(notice + " (SPDB_REQUIRE_POSTGRES=1 makes this a failure)").isFalse();
            Assumptions.abort(notice);
        }
    }
}
