package io.systemprompt.database.spring;

import io.systemprompt.database.Database;
import io.systemprompt.database.Health;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationState;
import io.systemprompt.database.migrate.ModuleState;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * UP when a round trip succeeds and no applied migration or installed schema was edited since; DOWN
 * when the round trip fails; OUT_OF_SERVICE when files changed under an applied history (the next
 * migrate would refuse). Details: engine, location, round trip, pool, server version, and pending and
 * changed counts.
 */
public class SystemPromptDatabaseHealthIndicator extends AbstractHealthIndicator {
    private final Database database;

    /** Reports on {@code database}. */
    public SystemPromptDatabaseHealthIndicator(Database database) {
        super("SystemPrompt database health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(org.springframework.boot.actuate.health.Health.Builder builder) {
        Health h = database.health();
        builder.withDetails(StatusReport.health(h));
        if (!h.up()) {
            builder.down().withDetail("error", h.error());
            return;
        }
        MigrationPlan plan = database.migrationService().status();
        int pending = plan.modules(ModuleState.PENDING).size() + plan.migrations(MigrationState.PENDING).size();
        int changed = plan.modules(ModuleState.CHANGED).size() + plan.migrations(MigrationState.CHANGED).size();
        builder.withDetail("pending", pending).withDetail("changed", changed);
        builder.status(changed > 0 ? Status.OUT_OF_SERVICE : Status.UP);
    }
}
