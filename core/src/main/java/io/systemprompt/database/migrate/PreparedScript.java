package io.systemprompt.database.migrate;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlStatement;

import java.util.List;

/**
 * A file split into statements for one engine, translated where the engine needs it.
 *
 * @param file       the file as read
 * @param statements what will run, each with its position in the file
 */
public record PreparedScript(SqlFile file, List<SqlStatement> statements) {

    /** Copies the statements, so a prepared script cannot change. */
    public PreparedScript {
        statements = List.copyOf(statements);
    }

    /** The statements joined as a script, for dry runs and {@code schema translate}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (SqlStatement s : statements) {
            sb.append(s.sql()).append(";\n");
        }
        return sb.toString();
    }

    /** Short: the file and statement count, never the SQL. */
    @Override
    public String toString() {
        return "PreparedScript[" + file().location() + ", " + statements().size() + " statement(s)]";
    }
}
