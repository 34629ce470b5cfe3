package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.cli.option.ModuleScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code spdb schema install}: install pending module schemas (schema and init files), no migrations. */
@Command(name = "install", aliases = "init", mixinStandardHelpOptions = true,
        description = "Install pending module schemas (schema.sql, init.sql) without applying migrations.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb schema install", "  spdb schema install --module core/auth", "  spdb schema init --dry-run"})
final class SchemaInstallCommand extends DbCommand {

    @Mixin
    ModuleScope scope;

    @Override
    int run(Database db, Output out) {
        long start = System.nanoTime();
        MigrationResult result = db.migrationService().migrate(scope.migrateOptions().withoutMigrations());
        new MigrationReport(db, result, Docs.millisSince(start)).print("schema install", out, true);
        return 0;
    }
}
