package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.cli.option.ModuleScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spdb migrate}: install pending module schemas and apply pending migrations. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Install pending module schemas and apply pending migrations, in dependency order.",
        subcommands = {MigrateRepairCommand.class, MigrateValidateCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb migrate                       everything pending",
                "  spdb migrate --module core/auth     one module and what it depends on",
                "  spdb migrate --dry-run              print the SQL that would run on this engine",
                "  spdb migrate --strict               refuse out-of-order migrations and pending files with lint findings",
                "  spdb migrate validate               check applied files against history",
                "  spdb migrate repair                 accept edited files"})
final class MigrateCommand extends DbCommand {

    @Mixin
    ModuleScope scope;

    @Option(names = "--strict", description = "Run nothing when a pending migration is out of order (a version below"
            + " an applied one of its module, as DB_MIGRATE_OUT_OF_ORDER=refuse does) or when the pending files have"
            + " lint warnings or errors.")
    boolean strict;

    @Override
    DatabaseConfigBuilder configure(DatabaseConfigBuilder config) {
        return strict ? config.refuseOutOfOrder(true) : config;
    }

    @Override
    int run(Database db, Output out) {
        if (strict) {
            // An out-of-order migration is refused first, by a dry run that plans without running anything.
            db.migrationService().migrate(scope.migrateOptions().dryRun(true)).orThrow();
        }
        PendingLint.check(db, scope.module(), strict, out);
        long start = System.nanoTime();
        ProgressListener progress = new ProgressListener(out, !scope.dryRun() && !out.json());
        MigrationResult result = db.migrationService()
                .migrate(scope.migrateOptions().listener(progress));
        progress.finish();
        new MigrationReport(db, result, Docs.millisSince(start)).print("migrate", out, false);
        return 0;
    }
}
