/**
 * Migrations: planning (files joined with history), locked steps, rollback, repair and validation.
 * The core reaches the database only through {@code MigrationStore}, whose JDBC implementation holds
 * the tracking tables, the migration lock and the statement runner.
 */
package io.systemprompt.database.migrate;
