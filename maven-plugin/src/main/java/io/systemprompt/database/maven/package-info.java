/**
 * The {@code spdb} Maven plugin: {@code spdb:validate} checks a project's modules without a database
 * (discovery, names, dependencies, lexing, and the PostgreSQL translation of every file),
 * {@code spdb:migrate} installs and migrates a database, {@code spdb:status} reports it,
 * {@code spdb:generate} writes Java types from the modules into a source root and {@code spdb:check}
 * fails when checked-in generated types no longer match the modules.
 *
 * <p>Each goal is one small Mojo on {@link io.systemprompt.database.maven.AbstractSpdbMojo}, which
 * holds the configuration: the same settings as the library's environment variables, as POM
 * parameters or {@code -Dspdb.*} properties. A value set in the POM or on the command line wins; an
 * unset one falls back to the environment variable, then to the library's default. Relative paths are
 * resolved against the project's folder.
 */
package io.systemprompt.database.maven;
