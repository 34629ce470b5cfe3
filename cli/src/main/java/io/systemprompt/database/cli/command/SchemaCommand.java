package io.systemprompt.database.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spdb schema}: the module schemas. Without a subcommand it prints its help. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Module schemas: list, install, validate, translate, graph.",
        subcommands = {SchemaListCommand.class, SchemaInstallCommand.class, SchemaValidateCommand.class,
                SchemaTranslateCommand.class, SchemaGraphCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb schema list", "  spdb schema install --module core/auth", "  spdb schema validate",
                "  spdb schema translate src/modules/core/users/database/schema.sql --to postgres",
                "  spdb schema graph"})
final class SchemaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
