package io.systemprompt.database.codegen;

import io.systemprompt.database.script.SqlDocs;
import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogComparison;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.MigrationListener;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.config.EngineType;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Applies every module (schema, init data, migrations; in dependency order) to a scratch database
 * through the library itself, and reads the result through the engine's catalog reader. Which module
 * owns a table is seen by reading the table names after each module; the columns come from the final
 * catalog. The engine is the judge of every type, default and constraint: nothing here parses DDL.
 */
final class ScratchSchema {
    private ScratchSchema() {
    }

    /** Opens {@code config} (an empty database), applies the modules and reads what each one owns. */
    static List<ModuleTables> read(DatabaseConfig config) {
        try (Database db = Database.open(config.toBuilder().autoMigrate(false).build())) {
            List<DatabaseModule> modules = db.schemaService().getAllSchemas();
            List<List<String>> owned = new ArrayList<>();
            Set<String> seen = new HashSet<>(CatalogComparison.TRACKING_TABLES);
            for (DatabaseModule module : modules) {
                db.migrationService().migrate(module.key(), false, MigrationListener.NONE).orThrow();
                List<String> mine = new ArrayList<>();
                for (String table : tableNames(db)) {
                    if (seen.add(table.toLowerCase(Locale.ROOT))) {
                        mine.add(table);
                    }
                }
                owned.add(mine);
            }
            Catalog catalog = catalog(db);
            List<ModuleTables> out = new ArrayList<>();
            for (int i = 0; i < modules.size(); i++) {
                List<TableInfo> tables = new ArrayList<>();
                for (String name : owned.get(i)) {
                    catalog.table(name).ifPresent(tables::add);
                }
                tables.sort(java.util.Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)));
                out.add(new ModuleTables(modules.get(i).key(), List.copyOf(tables), docs(modules.get(i))));
            }
            return out;
        }
    }

    private static List<String> tableNames(Database db) {
        try {
            return db.readOnly(tx -> db.dialect().catalog().tableNames(tx.connection()));
        } catch (SQLException e) {
            throw new CodegenException("Cannot list the tables of the scratch database: " + e.getMessage(), e);
        }
    }

    private static Catalog catalog(Database db) {
        try {
            return db.readOnly(tx -> db.dialect().catalog().read(tx.connection()));
        } catch (SQLException e) {
            throw new CodegenException("Cannot read the catalog of the scratch database: " + e.getMessage(), e);
        }
    }

    /** The comments of the module's SQLite-dialect schema and forward migrations, in the order they run. */
    private static SqlDocs docs(DatabaseModule module) {
        SqlDocs docs = new SqlDocs();
        module.schemaFiles().flatMap(f -> f.forEngine(EngineType.SQLITE)).ifPresent(docs::read);
        for (Migration m : module.migrations()) {
            m.upFor(EngineType.SQLITE).ifPresent(docs::read);
        }
        return docs;
    }
}
