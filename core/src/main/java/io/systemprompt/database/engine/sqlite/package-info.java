/**
 * SQLite through sqlite-jdbc: the connection profile, transactions, error codes and catalog. Internal.
 */
package io.systemprompt.database.engine.sqlite;
