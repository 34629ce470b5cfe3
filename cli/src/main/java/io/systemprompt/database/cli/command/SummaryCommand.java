package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.history.HistoryTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code spdb summary}: every table with its row and column counts. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "List tables with row and column counts and the module that created each."
                + " Tracking tables only with --include-system.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb summary", "  spdb summary --sort rows --format json", "  spdb summary --include-system"})
final class SummaryCommand extends DbCommand {

    /** Sort orders: names ascending, counts descending. */
    enum Sort { NAME, ROWS, COLUMNS }

    /** One table's line. */
    record TableCount(String name, long rows, int columns, boolean system, String module) {
    }

    @Option(names = "--sort", paramLabel = "name|rows|columns", defaultValue = "name",
            description = "Sort by name (ascending), rows or columns (descending). Default: ${DEFAULT-VALUE}.")
    Sort sort;

    @Option(names = "--include-system", description = "Also list _schema_versions and _migrations.")
    boolean includeSystem;

    @Override
    int run(Database db, Output out) {
        List<TableCount> tables = db.readOnly(tx -> {
            List<TableCount> list = new ArrayList<>();
            Map<String, String> owners = new HistoryTables(db.dialect(), db.config().historyTablePrefix()).owners()
                    .tableOwners(tx);
            for (TableInfo t : Identifiers.catalog(db.dialect(), tx).tables()) {
                boolean system = HistoryTables.isTrackingTable(t.name());
                if (!system || includeSystem) {
                    long rows = tx.queryValue("SELECT COUNT(*) FROM " + Identifiers.quote(t.name()), Long.class)
                            .orElse(0L);
                    list.add(new TableCount(t.name(), rows, t.columns().size(), system,
                            owners.get(t.name().toLowerCase(Locale.ROOT))));
                }
            }
            return list;
        });
        tables.sort(order());
        print(db, out, tables);
        return 0;
    }

    private Comparator<TableCount> order() {
        Comparator<TableCount> byName = Comparator.comparing(TableCount::name);
        return switch (sort) {
            case NAME -> byName;
            case ROWS -> Comparator.comparingLong(TableCount::rows).reversed().thenComparing(byName);
            case COLUMNS -> Comparator.comparingInt(TableCount::columns).reversed().thenComparing(byName);
        };
    }

    private static void print(Database db, Output out, List<TableCount> tables) {
        if (out.json()) {
            List<Object> docs = new ArrayList<>();
            tables.forEach(t -> docs.add(Docs.map("name", t.name(), "rows", t.rows(), "columns", t.columns(),
                    "system", t.system(), "module", t.module())));
            out.document(Docs.map("command", "summary", "engine", db.config().engine().id(),
                    "location", db.config().describeLocation(), "tables", docs));
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        tables.forEach(t -> rows.add(List.of(t.name(), t.rows(), t.columns(), t.module() == null ? "-" : t.module())));
        out.rows(List.of("table", "rows", "columns", "module"), rows);
        out.note("(" + tables.size() + " tables)");
    }
}
