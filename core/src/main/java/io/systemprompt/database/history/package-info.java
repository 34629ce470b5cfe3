/**
 * The tracking tables {@code _schema_versions} and {@code _migrations}: DDL, reads and writes inside the caller's transaction.
 */
package io.systemprompt.database.history;
