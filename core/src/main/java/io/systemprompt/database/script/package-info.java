/**
 * Reading SQL files: {@link io.systemprompt.database.script.SqlFile} (normalised text and checksum),
 * the one shared lexer {@link io.systemprompt.database.script.SqlLexer}, and
 * {@link io.systemprompt.database.script.SqlSplitter}, which cuts a file into
 * {@link io.systemprompt.database.script.SqlStatement}s that keep their line:column.
 */
package io.systemprompt.database.script;
