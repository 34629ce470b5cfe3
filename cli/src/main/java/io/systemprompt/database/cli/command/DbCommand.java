package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.config.DatabaseConfigBuilder;

/** A subcommand that opens the configured database (never migrating on open), works, and closes it. */
abstract class DbCommand extends ConfiguredCommand {

    @Override
    public Integer call() {
        Output out = Output.of(spec, output);
        try (Database db = Database.open(configure(connection.builder(System.getenv())).build())) {
            return run(db, out);
        }
    }

    /** Lets a command adjust the configuration before the database opens (e.g. {@code migrate --strict}). */
    DatabaseConfigBuilder configure(DatabaseConfigBuilder config) {
        return config;
    }

    /** The command's work; returns the exit code. */
    abstract int run(Database db, Output out);
}
