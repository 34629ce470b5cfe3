/**
 * Spring Boot auto-configuration for the SystemPrompt OS database module.
 *
 * <p>{@link io.systemprompt.database.spring.SystemPromptDatabaseAutoConfiguration} opens one
 * {@link io.systemprompt.database.Database} from the {@code systemprompt.database.*} properties (the
 * library's environment variables still win), installs and migrates the modules before the application
 * starts serving, and exposes the database, its pooled {@link javax.sql.DataSource} (so
 * {@code JdbcTemplate}, jOOQ or JPA share the pool), its {@code SchemaService} and its
 * {@code MigrationService} as beans. With Spring Boot Actuator on the class path,
 * {@link io.systemprompt.database.spring.SystemPromptDatabaseActuatorAutoConfiguration} adds a health
 * indicator and the {@code spdb} endpoint.
 */
package io.systemprompt.database.spring;
