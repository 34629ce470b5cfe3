package io.systemprompt.database.cli.option;

import io.systemprompt.database.config.DatabaseConfigBuilder;

/**
 * The database location given on a command line, each part null when its option was not given. Applied
 * over a builder that already holds the environment's values, so only what was given replaces them.
 *
 * @param sqliteFile the SQLite file
 * @param pgHost     the PostgreSQL host
 * @param pgPort     the PostgreSQL port
 * @param pgDatabase the PostgreSQL database
 * @param pgUser     the PostgreSQL user
 */
public record LocationOverrides(String sqliteFile, String pgHost, Integer pgPort, String pgDatabase, String pgUser) {

    /** Sets every given part on the builder and returns it. */
    public DatabaseConfigBuilder applyTo(DatabaseConfigBuilder b) {
        if (sqliteFile != null) {
            b.sqliteFile(sqliteFile);
        }
        if (pgHost != null) {
            b.postgresHost(pgHost);
        }
        if (pgPort != null) {
            b.postgresPort(pgPort);
        }
        if (pgDatabase != null) {
            b.postgresDatabase(pgDatabase);
        }
        if (pgUser != null) {
            b.postgresUser(pgUser);
        }
        return b;
    }
}
