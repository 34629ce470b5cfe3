/**
 * What a live database holds, read the same way on every engine: tables with their columns, keys,
 * indexes and foreign keys, views and triggers ({@link io.systemprompt.database.catalog.Catalog}, read by
 * an engine's {@link io.systemprompt.database.catalog.CatalogReader}), and the comparison of two
 * catalogs by portable type family ({@link io.systemprompt.database.catalog.CatalogComparison}).
 */
package io.systemprompt.database.catalog;
