package io.systemprompt.database.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spdb data}: the group of export, import and copy. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Move data: export tables to files, import them, copy a database to another engine.",
        subcommands = {DataExportCommand.class, DataImportCommand.class, DataCopyCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb data export --out dump --gzip",
                "  spdb data import dump --dry-run",
                "  spdb data copy --to postgres          move a SQLite database to PostgreSQL"})
final class DataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Without a subcommand, prints the usage help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
