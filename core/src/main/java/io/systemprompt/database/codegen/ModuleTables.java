package io.systemprompt.database.codegen;

import io.systemprompt.database.script.SqlDocs;
import io.systemprompt.database.catalog.TableInfo;

import java.util.List;

/**
 * The tables one module owns once every module is applied: those that first appeared while its schema
 * and migrations ran, with their final columns (a later module's migration may add some).
 *
 * @param key    the module key, e.g. {@code core/config}
 * @param tables its tables, sorted by name
 * @param docs   the documentation its SQL comments give
 */
record ModuleTables(String key, List<TableInfo> tables, SqlDocs docs) {
}
