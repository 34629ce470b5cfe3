package io.systemprompt.database.cli.command;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.engine.Dialect;
import io.systemprompt.database.engine.Quoting;
import io.systemprompt.database.history.HistoryTables;

import java.sql.SQLException;

/** Table and column names checked against the live catalog and quoted, so user text never becomes SQL names. */
final class Identifiers {
    private Identifiers() {
    }

    /** A standard SQL quoted identifier; both engines accept it. */
    static String quote(String name) {
        return Quoting.quote(name);
    }

    static Catalog catalog(Dialect dialect, Transaction tx) {
        try {
            return dialect.catalog().read(tx.connection());
        } catch (SQLException e) {
            throw CliException.failure("Cannot read the catalog: " + e.getMessage(),
                    "check that the database is reachable; run with --verbose for details.", e);
        }
    }

    static TableInfo table(Catalog catalog, String name) {
        return catalog.table(name).orElseThrow(() -> CliException.usage("Unknown table '" + name
                + "'. Known tables: " + String.join(", ", catalog.tables().stream().map(TableInfo::name).toList()) + ".",
                "run 'spdb summary' to list the tables."));
    }

    static ColumnInfo column(TableInfo table, String name) {
        return table.column(name.strip()).orElseThrow(() -> CliException.usage("Unknown column '" + name.strip()
                + "' in table '" + table.name() + "'. Columns: "
                + String.join(", ", table.columns().stream().map(ColumnInfo::name).toList()) + ".",
                "run 'spdb view " + table.name() + " --schema-only' to see the columns."));
    }
}
