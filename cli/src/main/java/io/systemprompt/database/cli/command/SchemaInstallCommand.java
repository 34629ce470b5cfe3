package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.MigrateOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spdb schema install}: install pending module schemas (schema and init files), no migrations. */
@Command(name = "install", aliases = "init", mixinStandardHelpOptions = true,
        description = "Install pending module schemas (schema.sql, init.sql) without applying migrations.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb schema install", "  spdb schema install --module core/auth", "  spdb schema init --dry-run"})
final class SchemaInstallCommand extends DbCommand {

    @Option(names = "--module", paramLabel = "<key>", description = "Only this module and its dependencies.")
    String module;

    @Option(names = "--dry-run", description = "Print the SQL that would run, and change nothing.")
    boolean dryRun;

    @Override
    int run(Database db, Output out) {
        long start = System.nanoTime();
        MigrationResult result = db.migrationService()
                .migrate(MigrateOptions.all().module(module).withoutMigrations().dryRun(dryRun));
        new MigrationReport(db, result, Docs.millisSince(start)).print("schema install", out, true);
        return 0;
    }
}
