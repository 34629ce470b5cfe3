/**
 * Exporting tables to data files in one consistent snapshot. Not exported.
 */
package io.systemprompt.database.data.export;
