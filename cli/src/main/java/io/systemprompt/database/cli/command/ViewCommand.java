package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.script.SqlStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code spdb view <table>}: rows of one table. Names are checked against the catalog and quoted;
 * the whole command runs in a read-only transaction, so a {@code --where} cannot write.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Show rows of a table (read-only), or its columns, keys and indexes with --schema-only.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb view users", "  spdb view users --columns id,email --where \"active = 1\" --order-by \"id desc\"",
                "  spdb view users --limit 10 --offset 20 --format csv", "  spdb view users --schema-only"})
final class ViewCommand extends DbCommand {

    @Parameters(index = "0", paramLabel = "<table>", description = "The table.")
    String table;

    @Option(names = "--columns", split = ",", paramLabel = "<col>", description = "Columns to show, comma-separated.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--where", paramLabel = "<sql>", description = "A filter, as SQL (runs read-only).")
    String where;

    @Option(names = "--order-by", split = ",", paramLabel = "<col [asc|desc]>", description = "Sort columns.")
    List<String> orderBy = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "100", description = "At most this many rows. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many rows first. Default: 0.")
    int offset;

    @Option(names = "--schema-only", description = "Show the columns, keys and indexes instead of rows.")
    boolean schemaOnly;

    @Override
    int run(Database db, Output out) {
        if (limit < 0 || offset < 0) {
            throw CliException.usage("--limit and --offset must not be negative.", "pass 0 or more.");
        }
        return db.readOnly(tx -> {
            TableInfo t = Identifiers.table(Identifiers.catalog(db.dialect(), tx), table);
            if (schemaOnly) {
                TableSchemaPrinter.print(out, t);
                return 0;
            }
            String sql = select(t);
            StatementResult r = new QueryExecutor(db, false).runIn(tx, new SqlStatement(sql, 1, 1, 0));
            print(out, t, r);
            return 0;
        });
    }

    private String select(TableInfo t) {
        StringBuilder sql = new StringBuilder("SELECT ");
        if (columns.isEmpty()) {
            sql.append('*');
        } else {
            sql.append(String.join(", ", columns.stream()
                    .map(c -> Identifiers.quote(Identifiers.column(t, c).name())).toList()));
        }
        sql.append(" FROM ").append(Identifiers.quote(t.name()));
        if (where != null && !where.isBlank()) {
            // On its own line and in parentheses, so a trailing comment cannot swallow what follows.
            sql.append(" WHERE (").append(ViewFilter.expression(where)).append("\n)");
        }
        if (!orderBy.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", orderBy.stream().map(o -> order(t, o)).toList()));
        }
        return sql.append(" LIMIT ").append(limit).append(" OFFSET ").append(offset).toString();
    }

    private static String order(TableInfo t, String spec) {
        String[] parts = spec.strip().split("\\s+");
        String dir = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "ASC";
        if (parts.length > 2 || !(dir.equals("ASC") || dir.equals("DESC"))) {
            throw CliException.usage("--order-by '" + spec + "' is not 'column', 'column asc' or 'column desc'.",
                    "write e.g. --order-by \"created_at desc,id\".");
        }
        return Identifiers.quote(Identifiers.column(t, parts[0]).name()) + " " + dir;
    }

    private void print(Output out, TableInfo t, StatementResult r) {
        if (out.json()) {
            out.document(Docs.map("command", "view", "table", t.name(), "columns", r.columns(), "rows", r.rows(),
                    "rowCount", r.rows().size(), "limit", limit, "offset", offset, "elapsedMs", r.elapsedMs()));
        } else {
            out.rows(r.columns(), r.rows());
            out.note(r.timing());
        }
    }
}
