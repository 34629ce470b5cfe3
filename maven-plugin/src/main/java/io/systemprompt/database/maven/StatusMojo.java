package io.systemprompt.database.maven;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationState;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.migrate.ModuleState;
import io.systemprompt.database.migrate.ModuleStatus;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Logs every module and migration with its state (installed, pending, changed, missing), as
 * {@code spdb status} does; optionally fails the build when the database is not up to date.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractSpdbMojo {

    /** Fails the build when a schema install or migration is pending, or an applied file changed. */
    @Parameter(property = "spdb.failIfNotUpToDate", defaultValue = "false")
    protected boolean failIfNotUpToDate;

    @Override
    protected void run(DatabaseConfig config) throws MojoFailureException {
        MigrationPlan plan;
        try (Database db = Database.open(config)) {
            plan = db.migrationService().status();
        }
        getLog().info("spdb: " + config.engine().id() + " (" + config.describeLocation() + ")");
        for (ModuleStatus m : plan.modules()) {
            getLog().info(String.format("module     %-28s %-10s %s", m.key(), lower(m.state()),
                    m.detail() == null ? "" : m.detail()));
        }
        for (MigrationStatus m : plan.migrations()) {
            getLog().info(String.format("migration  %-28s %-10s %s", m.module(), lower(m.state()), m.fileName()));
        }
        long changed = plan.migrations(MigrationState.CHANGED).size() + plan.modules(ModuleState.CHANGED).size();
        String summary = plan.modules(ModuleState.PENDING).size() + " schema(s) and "
                + plan.migrations(MigrationState.PENDING).size() + " migration(s) pending, " + changed + " changed";
        getLog().info("spdb: " + summary);
        if (failIfNotUpToDate && (!plan.upToDate() || changed > 0)) {
            throw new MojoFailureException("spdb: the database is not up to date: " + summary
                    + ". Run spdb:migrate (or spdb migrate repair for an intentionally edited migration).");
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
