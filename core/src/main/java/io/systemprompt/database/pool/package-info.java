/**
 * The HikariCP pool and the single-writer gate. Nothing else opens connections. Internal.
 */
package io.systemprompt.database.pool;
