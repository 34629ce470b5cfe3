/**
 * Configuration: one validated, immutable {@link io.systemprompt.database.config.DatabaseConfig} read from the environment or built in code.
 */
package io.systemprompt.database.config;
