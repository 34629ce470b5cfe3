/**
 * The entry point {@link io.systemprompt.database.Database}: {@code query}, {@code execute} and
 * {@code transaction} over a pooled SQLite or PostgreSQL database, and the unchecked exception
 * hierarchy rooted at {@link io.systemprompt.database.DatabaseException}.
 */
package io.systemprompt.database;
