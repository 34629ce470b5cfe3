package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.option.EngineConverter;
import io.systemprompt.database.cli.option.LocationOverrides;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;

/** {@code spdb data copy}: copy the configured database into an empty one, e.g. SQLite to PostgreSQL. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy the database into an empty one of either engine, e.g. SQLite to PostgreSQL.",
                "Installs the same modules on the target (translated for PostgreSQL), copies every module table and "
                        + "the migration history, advances PostgreSQL sequences past the copied ids and verifies row "
                        + "counts and checksums, all in one transaction on the target. The target comes from the environment (POSTGRES_HOST, POSTGRES_PORT, POSTGRES_DB, "
                        + "POSTGRES_USER, POSTGRES_PASSWORD, or DATABASE_FILE) and the --to-* options; "
                        + "TARGET_POSTGRES_PASSWORD, when set, is the target's password."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb data copy --to postgres --to-pg-host db.internal --to-pg-db systemprompt",
                "  spdb data copy --engine postgres --to sqlite --to-file data/state/copy.db"})
final class DataCopyCommand extends DbCommand {

    @Option(names = "--to", paramLabel = "sqlite|postgres", required = true, converter = EngineConverter.class,
            description = "The target engine.")
    EngineType to;

    @Option(names = "--to-file", paramLabel = "<path>", description = "The target SQLite file. Default: DATABASE_FILE.")
    String toFile;

    @Option(names = "--to-pg-host", paramLabel = "<host>", description = "Target host. Default: POSTGRES_HOST.")
    String toHost;

    @Option(names = "--to-pg-port", paramLabel = "<port>", description = "Target port. Default: POSTGRES_PORT.")
    Integer toPort;

    @Option(names = "--to-pg-db", paramLabel = "<name>", description = "Target database. Default: POSTGRES_DB.")
    String toDb;

    @Option(names = "--to-pg-user", paramLabel = "<user>", description = "Target user. Default: POSTGRES_USER.")
    String toUser;

    @Override
    int run(Database db, Output out) {
        DatabaseConfig target = target(db.config(), System.getenv());
        if (target.engine() == db.config().engine()
                && target.describeLocation().equals(db.config().describeLocation())) {
            throw CliException.usage("The source and the target are the same database ("
                    + target.describeLocation() + ").", "name another target with --to-file or --to-pg-*.");
        }
        DataProgress progress = new DataProgress(out);
        LoadResult r;
        try (Database into = Database.open(target)) {
            r = DataOperations.copy(db, into, progress);
        }
        report(out, db.config(), target, r);
        return 0;
    }

    private DatabaseConfig target(DatabaseConfig source, Map<String, String> env) {
        DatabaseConfigBuilder b = DatabaseConfig.fromEnvironment(env).toBuilder().engine(to).autoMigrate(false)
                .moduleRoots(source.moduleRoots());
        String password = env.get("TARGET_POSTGRES_PASSWORD");
        if (password != null) {
            b.postgresPassword(password);
        }
        return new LocationOverrides(toFile, toHost, toPort, toDb, toUser).applyTo(b).build();
    }

    private static void report(Output out, DatabaseConfig from, DatabaseConfig to, LoadResult r) {
        Listing tables = Listing.of(r.tables(), t -> Docs.map("name", t.table(), "rows", t.rows(), "checksum", t.content()),
                t -> List.of(t.table(), t.rows(), t.content().substring(0, 16)));
        if (out.json()) {
            out.document(Docs.map("command", "data copy", "from", from.engine().id(), "to", to.engine().id(),
                    "target", to.describeLocation(), "modulesInstalled", r.modules(), "migrationsApplied",
                    r.migrations(), "tables", tables.docs(), "rows", r.rows(), "verified", true,
                    "durationMs", r.elapsed().toMillis()));
        } else {
            out.rows(List.of("table", "rows", "checksum"), tables.rows());
            out.note("Copied " + r.rows() + " rows in " + r.tables().size() + " tables from " + from.engine().id()
                    + " to " + to.engine().id() + " at " + to.describeLocation() + " (" + r.modules() + " modules, "
                    + r.migrations() + " migrations); row counts and checksums verified.");
        }
    }
}
