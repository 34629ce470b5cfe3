package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.option.ConnectionOptions;
import io.systemprompt.database.cli.option.OutputOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * A subcommand that takes the connection and module-root options and the output options. Picocli reads
 * these inherited fields before the subclass's own, so they lead each command's option list as before.
 */
abstract class ConfiguredCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;
}
