package io.systemprompt.database.cli;

import io.systemprompt.database.cli.command.Subcommands;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The root command {@code spdb}. Subcommands are listed in {@link Subcommands}: adding one is one
 * class in {@code cli.command} and one line there.
 */
@Command(name = "spdb", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Operate the SystemPrompt OS database: status, migrations, schemas and data.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb migrate            install the modules and apply their migrations",
                "  spdb status             show the engine, the modules and the migrations",
                "  spdb status --format json",
                "  spdb summary --sort rows",
                "  spdb view users --limit 5",
                "  spdb query --sql \"SELECT count(*) FROM users\"",
                "  spdb backup backups/nightly.zip",
                "  spdb data copy --to postgres     move to PostgreSQL (docs/moving-to-postgres.md)",
                "",
                "Options override DATABASE_TYPE, DATABASE_FILE, POSTGRES_* and DB_MODULE_ROOTS.",
                "Exit codes: 0 ok, 1 failure, 2 usage error,",
                "3 checksum mismatch, 4 migration partially applied."})
public final class SpdbCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand, prints the usage help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: subcommands, UTF-8 output, one error handler and exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SpdbCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        cl.addSubcommand(new AutoComplete.GenerateCompletion());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setExitCodeExceptionMapper(handler);
        return cl;
    }
}
