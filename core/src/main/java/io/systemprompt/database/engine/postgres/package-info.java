/**
 * PostgreSQL through pgjdbc: session settings, the advisory migration lock, SQLSTATE mapping and catalog. Internal.
 */
package io.systemprompt.database.engine.postgres;
