package io.systemprompt.database.cli.command;

import java.util.List;

/** The subcommands of {@code spdb}, in help order. To add one: write its class here and add it below. */
public final class Subcommands {

    private Subcommands() {
    }

    /** New instances of every subcommand. */
    public static List<Object> all() {
        return List.of(
                new StatusCommand(),
                new SummaryCommand(),
                new ViewCommand(),
                new QueryCommand(),
                new MigrateCommand(),
                new LintCommand(),
                new RollbackCommand(),
                new BaselineCommand(),
                new SchemaCommand(),
                new DocsCommand(),
                new ClearCommand(),
                new RebuildCommand(),
                new DataCommand(),
                new BackupCommand(),
                new RestoreCommand(),
                new GenerateCommand());
    }
}
