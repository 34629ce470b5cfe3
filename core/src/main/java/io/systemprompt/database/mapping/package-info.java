/**
 * Row mapping: {@link io.systemprompt.database.mapping.RowMapper}, records by column name, and value conversion.
 */
package io.systemprompt.database.mapping;
