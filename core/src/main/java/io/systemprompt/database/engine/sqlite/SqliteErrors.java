package io.systemprompt.database.engine.sqlite;

import io.systemprompt.database.engine.ErrorKind;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Locale;

/** Maps SQLite's extended result codes to portable kinds. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static ErrorKind classify(SQLException error) {
        if (!(error instanceof SQLiteException se)) {
            return error.getMessage() != null && error.getMessage().contains("closed")
                    ? ErrorKind.CONNECTION : ErrorKind.OTHER;
        }
        SQLiteErrorCode code = se.getResultCode();
        String name = code.name();
        switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE: case SQLITE_CONSTRAINT_PRIMARYKEY:
                return ErrorKind.UNIQUE_VIOLATION;
            case SQLITE_CONSTRAINT_FOREIGNKEY:
                return ErrorKind.FOREIGN_KEY_VIOLATION;
            case SQLITE_CONSTRAINT_NOTNULL:
                return ErrorKind.NOT_NULL_VIOLATION;
            case SQLITE_CONSTRAINT_CHECK:
                return ErrorKind.CHECK_VIOLATION;
            default:
                break;
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return ErrorKind.BUSY;
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return ErrorKind.READ_ONLY;
        }
        if (name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_IOERR")) {
            return ErrorKind.CONNECTION;
        }
        return classifyGeneric(String.valueOf(se.getMessage()).toLowerCase(Locale.ROOT));
    }

    /**
     * SQLite may roll the transaction back by itself on these errors ("the transaction may or may not
     * be rolled back automatically"), so the transaction is treated as ended either way.
     */
    static boolean endsTransaction(SQLException error) {
        if (!(error instanceof SQLiteException se)) {
            return classify(error) == ErrorKind.CONNECTION;
        }
        String name = se.getResultCode().name();
        return name.startsWith("SQLITE_FULL") || name.startsWith("SQLITE_IOERR") || name.startsWith("SQLITE_NOMEM")
                || name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")
                || name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_INTERRUPT");
    }

    /** SQLITE_ERROR covers many causes; its text is the only way SQLite tells them apart. */
    private static ErrorKind classifyGeneric(String message) {
        if (message.contains("syntax error") || message.contains("incomplete input")
                || message.contains("unrecognized token")) {
            return ErrorKind.SYNTAX;
        }
        if (message.contains("no such table") || message.contains("no such column")
                || message.contains("no such index") || message.contains("no such function")
                || message.contains("no such trigger") || message.contains("no such view")) {
            return ErrorKind.UNDEFINED_OBJECT;
        }
        return ErrorKind.OTHER;
    }
}
