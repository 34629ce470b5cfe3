package io.systemprompt.database.maven;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationListener;
import io.systemprompt.database.migrate.MigrationResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Installs pending module schemas and applies pending migrations, as {@code spdb migrate} does: each
 * step in its own transaction under the migration lock, the first failure stopping the build with the
 * library's message.
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractSpdbMojo {

    /** Only this module (and what it depends on); all modules when unset. */
    @Parameter(property = "spdb.module")
    protected String module;

    /** Logs what would run, with the SQL, and changes nothing. */
    @Parameter(property = "spdb.dryRun", defaultValue = "false")
    protected boolean dryRun;

    @Override
    protected void run(DatabaseConfig config) {
        try (Database db = Database.open(config)) {
            MigrationResult result = db.migrationService().migrate(module, dryRun, MigrationListener.NONE);
            if (dryRun) {
                result.planned().forEach(p -> getLog().info(String.format("would run  %-28s %-10s %s",
                        p.module(), p.version(), p.files())));
            }
            for (AppliedStep step : result.applied()) {
                getLog().info(String.format("%-10s %-28s %-10s %s (%d statement(s), %d ms)",
                        step.kind().toString().toLowerCase(java.util.Locale.ROOT), step.module(), step.version(),
                        step.files(), step.statements(), step.durationMs()));
            }
            result.warnings().forEach(getLog()::warn);
            result.skipped().forEach(s -> getLog().warn("skipped " + s + ": a module it depends on failed"));
            result.orThrow();
            getLog().info("spdb: " + result.applied().size() + " step(s) applied on " + config.engine().id() + " ("
                    + config.describeLocation() + ")" + (dryRun ? ", dry run" : ""));
        }
    }
}
