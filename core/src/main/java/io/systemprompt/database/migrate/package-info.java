/**
 * Migrations: planning (files joined with history), locked steps, rollback, repair and validation.
 */
package io.systemprompt.database.migrate;
