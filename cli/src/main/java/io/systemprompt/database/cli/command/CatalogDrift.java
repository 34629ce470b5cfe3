package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.CatalogComparison;
import io.systemprompt.database.cli.option.ConnectionOptions;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.MigrationPlan;

import java.util.List;

/**
 * Drift of the live catalog against what the modules' SQL declares: the same module roots are applied
 * to a scratch in-memory SQLite database, and the two catalogs are compared engine-neutrally.
 *
 * @param differences one line per difference; empty when the catalogs match
 * @param skipped     why the comparison did not run (pending work would show as drift), or null
 */
record CatalogDrift(List<String> differences, String skipped) {

    static CatalogDrift of(Database live, MigrationPlan plan, ConnectionOptions connection) {
        if (!plan.upToDate()) {
            return new CatalogDrift(List.of(), "the database has pending schemas or migrations;"
                    + " run 'spdb migrate' first to compare the catalog");
        }
        DatabaseConfig scratch = connection.builder(System.getenv())
                .sqlite(DatabaseConfig.IN_MEMORY).poolMin(1).poolMax(1).autoMigrate(true).build();
        Catalog declared;
        try (Database db = Database.open(scratch)) {
            declared = read(db);
        }
        List<String> diff = CatalogComparison.between("database", "module SQL").ignoringTrackingTables()
                .differences(read(live), declared);
        return new CatalogDrift(diff, null);
    }

    private static Catalog read(Database db) {
        return db.readOnly(tx -> Identifiers.catalog(db.dialect(), tx));
    }
}
