package io.systemprompt.database.docs;

import io.systemprompt.database.Database;
import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.module.ModuleSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Builds the schema reference of {@code spdb docs}: one Markdown page per module with its tables,
 * columns (SQLite and PostgreSQL types), keys, indexes, triggers and the migrations that changed them,
 * plus Mermaid and Graphviz diagrams of the module graph and of each module's tables.
 *
 * <pre>{@code
 * SchemaReference reference = SchemaDocs.scratch(List.of("src/modules"));
 * reference.writeTo(Path.of("docs/schema"));
 * }</pre>
 */
public final class SchemaDocs {
    private SchemaDocs() {
    }

    /**
     * Applies every module of the roots (schema, init, migrations, in dependency order) to a private
     * in-memory SQLite database and documents its catalog. Nothing else is read or written.
     *
     * @param moduleRoots module roots as in {@code DB_MODULE_ROOTS}
     * @throws DatabaseException when discovery or a module file fails, with the module, file and line
     */
    public static SchemaReference scratch(List<String> moduleRoots) {
        DatabaseConfig config = DatabaseConfig.builder().sqlite(":memory:").moduleRoots(moduleRoots)
                .autoMigrate(true).build();
        try (Database db = Database.open(config)) {
            return read(db, null);
        }
    }

    /**
     * Documents a database as it is, with each migration's state; pending modules appear without
     * tables.
     */
    public static SchemaReference live(Database db) {
        return read(db, db.migrationService().status());
    }

    /** The module graph as a Graphviz DOT file: an edge from each module to each module it needs. */
    public static String moduleGraphDot(ModuleSet modules) {
        return Dot.moduleGraph(withoutTables(modules));
    }

    /** The module graph as a Mermaid flowchart (without a Markdown fence). */
    public static String moduleGraphMermaid(ModuleSet modules) {
        return Mermaid.moduleGraphBody(withoutTables(modules));
    }

    private static List<ModuleReference> withoutTables(ModuleSet modules) {
        Catalog empty = new Catalog(List.of(), List.of(), List.of());
        return new ReferenceBuilder(modules, empty, EngineType.SQLITE, null).build().modules();
    }

    private static SchemaReference read(Database db, MigrationPlan plan) {
        ModuleSet modules = db.schemaService().discoverSchemas();
        Catalog catalog;
        try (Connection c = db.dataSource().getConnection()) {
            catalog = db.dialect().catalog().read(c);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the catalog for the schema reference: " + e.getMessage()
                    + ". Check that the database is reachable (spdb status).", e);
        }
        return new ReferenceBuilder(modules, catalog, db.config().engine(), plan).build();
    }
}
