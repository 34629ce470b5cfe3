/**
 * Row formats of the data files: CSV, JSON Lines and SQL INSERT readers and writers, the value
 * spelling they share and the decoding of file values into column types. Not exported.
 */
package io.systemprompt.database.data.format;
