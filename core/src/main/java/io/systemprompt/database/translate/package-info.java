/**
 * SQLite-dialect module SQL on PostgreSQL: {@link io.systemprompt.database.translate.PostgresTranslator}
 * translates a file statement by statement on lexer tokens, using a
 * {@link io.systemprompt.database.translate.TranslationContext} of table shapes, and throws
 * {@link io.systemprompt.database.script.TranslationException} for anything it cannot translate
 * safely. The dialect and every translation are described in {@code docs/portable-sql.md}.
 */
package io.systemprompt.database.translate;
