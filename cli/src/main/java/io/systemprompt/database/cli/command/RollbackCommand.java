package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.RollbackOptions;
import io.systemprompt.database.migrate.PlannedStep;
import io.systemprompt.database.cli.option.YesOption;
import io.systemprompt.database.cli.option.DryRunOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;

/** {@code spdb rollback}: undo the last applied migrations with their rollback files. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Roll back the last applied migrations, newest first. Asks first on a terminal;"
                + " needs --yes otherwise.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb rollback                          the last migration (asks to confirm)",
                "  spdb rollback --steps 2 --module core/auth --yes",
                "  spdb rollback --dry-run                print the rollback SQL only"})
final class RollbackCommand extends DbCommand {

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1", description = "How many migrations. Default: 1.")
    int steps;

    @Option(names = "--module", paramLabel = "<key>", description = "Only migrations of this module.")
    String module;

    @Option(names = "--force", description = "A migration with no rollback file is only forgotten (its changes stay).")
    boolean force;

    @Mixin
    DryRunOption dryRun;

    @Mixin
    YesOption yes;

    @Override
    int run(Database db, Output out) {
        if (steps < 1) {
            throw CliException.usage("--steps must be at least 1, not " + steps + ".", "pass --steps 1 or more.");
        }
        long start = System.nanoTime();
        RollbackOptions options = RollbackOptions.last(steps).module(module).force(force);
        MigrationResult preview = db.migrationService().rollback(options.preview());
        preview.orThrow();
        if (!dryRun.on() && !preview.planned().isEmpty() && !confirmed(preview, out)) {
            out.note("Cancelled: nothing was rolled back.");
            return 1;
        }
        MigrationResult result = dryRun.on() ? preview : db.migrationService().rollback(options);
        new MigrationReport(db, result, Docs.millisSince(start)).print("rollback", out, true);
        return 0;
    }

    private boolean confirmed(MigrationResult preview, Output out) {
        if (yes.given()) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            throw CliException.usage("rollback changes the database and stdin is not a terminal, so it cannot ask.",
                    "pass --yes to roll back without asking, or --dry-run to see what would run.");
        }
        for (PlannedStep p : preview.planned()) {
            console.printf("  roll back %s %s %s (%s)%n", p.module(), p.version(), p.description(), p.files());
        }
        String answer = console.readLine("Roll back %d migration(s)? [y/N] ", preview.planned().size());
        return answer != null && answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }
}
