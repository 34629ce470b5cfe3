package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.option.ConnectionOptions;

import java.util.List;

/**
 * Compares the live catalog with a scratch in-memory SQLite database built from the same module
 * files. Lands with the catalog comparison of the core.
 */
final class CatalogDrift {

    private CatalogDrift() {
    }

    /** The differences, one line each; empty when the catalogs match. */
    static List<String> of(Database live, ConnectionOptions connection) {
        return List.of();
    }
}
