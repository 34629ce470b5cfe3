/**
 * {@code spdb lint}: module SQL checked against the module guidelines and PostgreSQL lock hazards,
 * before anything runs and without a database. Entry point: {@link io.systemprompt.database.lint.Linter}.
 * Rules, configuration and suppression: {@code docs/lint.md}.
 */
package io.systemprompt.database.lint;
