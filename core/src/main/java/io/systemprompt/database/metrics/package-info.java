/**
 * Metrics, when Micrometer is on the class path and nothing otherwise.
 *
 * <p>With {@code io.micrometer:micrometer-core} present, every {@link io.systemprompt.database.Database}
 * reports to Micrometer's global registry ({@code io.micrometer.core.instrument.Metrics.globalRegistry},
 * which Spring Boot feeds into its own registry by default): HikariCP's pool metrics
 * ({@code hikaricp.connections.*}, tag {@code pool}), {@code spdb.statement.errors} (tags {@code engine},
 * {@code kind}: the portable {@link io.systemprompt.database.engine.ErrorKind}),
 * {@code spdb.migration.steps} (tags {@code engine}, {@code kind}: schema, migration, rollback;
 * {@code module}), {@code spdb.migration.step.duration} (a timer, tags {@code engine}, {@code kind}) and
 * {@code spdb.migration.failures} (tags {@code engine}, {@code module}). Without Micrometer none of this
 * is loaded and nothing else is needed at run time.
 */
package io.systemprompt.database.metrics;
