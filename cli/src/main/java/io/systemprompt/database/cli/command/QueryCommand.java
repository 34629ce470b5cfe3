package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.Utf8Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code spdb query}: run SQL from {@code --sql}, a {@code --file}, stdin, or an interactive shell
 * (when stdin is a terminal). Read-only unless {@code --write}, enforced by the engine.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run SQL read-only (enforced by the engine), or with --write in one write transaction."
                + " Without --sql or --file: an interactive shell on a terminal, else SQL from stdin.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb query --sql \"SELECT key, value FROM config\"",
                "  spdb query --file report.sql --format csv",
                "  spdb query --write --sql \"UPDATE users SET active = 0 WHERE id = 7\"",
                "  spdb query                    interactive shell (\\q to quit)"})
final class QueryCommand extends DbCommand {

    @Option(names = "--sql", paramLabel = "<sql>", description = "The SQL to run (one or more statements).")
    String sql;

    @Option(names = "--file", paramLabel = "<file>", description = "A SQL file to run, split into statements.")
    Path file;

    @Option(names = "--write", description = "Allow writes: run in a write transaction and report affected rows.")
    boolean write;

    @Override
    int run(Database db, Output out) {
        QueryExecutor executor = new QueryExecutor(db, write);
        if (sql == null && file == null && System.console() != null) {
            return new QueryShell(executor, out, write).run();
        }
        long start = System.nanoTime();
        List<StatementResult> results = executor.run(statements());
        QueryPrinter.print(out, results, !write, Docs.millisSince(start));
        return 0;
    }

    private List<SqlStatement> statements() {
        if (sql != null && file != null) {
            throw CliException.usage("query takes --sql or --file, not both.", "pass one of them.");
        }
        List<SqlStatement> list = SqlSplitter.split(SqlFile.of(file != null ? file.toString() : "<sql>", text()));
        if (list.isEmpty()) {
            throw CliException.usage("query: no SQL statement was given.", "pass --sql, --file, or SQL on stdin.");
        }
        return list;
    }

    private String text() {
        try {
            if (sql != null) {
                return sql;
            }
            return file != null ? Utf8Text.decode(file.toString(), Files.readAllBytes(file))
                    : Utf8Text.decode("<stdin>", System.in.readAllBytes());
        } catch (IOException e) {
            throw CliException.usage("query: cannot read " + (file != null ? file : "stdin") + ": " + e.getMessage(),
                    "check the path and that the file is readable.");
        }
    }
}
