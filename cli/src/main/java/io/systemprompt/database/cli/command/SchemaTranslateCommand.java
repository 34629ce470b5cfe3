package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.option.EngineConverter;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.config.EngineType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code spdb schema translate <file> --to postgres}: the SQL a SQLite-dialect file runs on another
 * engine, translated with every module's tables known, as a migration run would.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Print the SQL a SQLite-dialect module file runs on another engine.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb schema translate src/modules/core/users/database/schema.sql --to postgres",
                "  spdb schema translate my.sql --to postgres --format json"})
final class SchemaTranslateCommand extends ConfiguredCommand {

    @Parameters(index = "0", paramLabel = "<file>", description = "The SQL file.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "sqlite|postgres", converter = EngineConverter.class,
            description = "The target engine.")
    EngineType to;

    /** Translation needs the module roots but no database: a private in-memory one stands in. */
    @Override
    public Integer call() {
        Output out = Output.of(spec, output);
        if (!Files.isRegularFile(file)) {
            throw CliException.usage("schema translate: " + file + " is not a readable file.",
                    "pass the path of a .sql file.");
        }
        DatabaseConfig config = connection.builder(System.getenv())
                .sqlite(DatabaseConfig.IN_MEMORY).poolMin(1).poolMax(1).build();
        String sql;
        try (Database db = Database.open(config)) {
            sql = db.schemaService().translate(file, to);
        }
        if (out.json()) {
            out.document(Docs.map("command", "schema translate", "file", file.toString(), "to", to.id(),
                    "sql", sql));
        } else {
            out.data(sql.stripTrailing());
        }
        return 0;
    }
}
