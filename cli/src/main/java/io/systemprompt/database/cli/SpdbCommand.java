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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        List<Object> all = new ArrayList<>(Subcommands.all());
        all.add(new AutoComplete.GenerateCompletion());
        return commandLine(all);
    }

    /**
     * The command line that runs {@code args}: when the first argument names a subcommand, the root with
     * that subcommand alone (building picocli's model of every subcommand by reflection is most of the
     * start-up of a short command); otherwise, for help, options or a mistyped name, all of them.
     */
    public static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Object sub : Subcommands.all()) {
                Command c = sub.getClass().getAnnotation(Command.class);
                if (c != null && (c.name().equals(args[0]) || Arrays.asList(c.aliases()).contains(args[0]))) {
                    return commandLine(List.of(sub));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Object> subcommands) {
        CommandLine cl = new CommandLine(new SpdbCommand());
        for (Object sub : subcommands) {
            cl.addSubcommand(sub);
        }
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
