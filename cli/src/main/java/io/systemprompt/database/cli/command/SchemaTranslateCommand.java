package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.CliException;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code spdb schema translate <file> --to postgres}: placeholder until the translator lands. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate a SQLite-dialect SQL file for another engine.")
final class SchemaTranslateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw CliException.failure("schema translate is not available in this build.", "use a later build.", null);
    }
}
