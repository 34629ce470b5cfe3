/**
 * Data operations on a whole database (DataOperations): clear, rebuild, export, import, backup,
 * restore and copy, with their options and results. The capabilities live in the sub-packages
 * format, archive, load, export and maintenance, which are not exported.
 */
package io.systemprompt.database.data;
