package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.ErrorKind;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.OptionalInt;

/** Maps SQLSTATE codes to portable kinds and reads the server's error position. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static ErrorKind classify(SQLException error) {
        String state = error.getSQLState();
        if (state == null) {
            return ErrorKind.OTHER;
        }
        switch (state) {
            case "23505": return ErrorKind.UNIQUE_VIOLATION;
            case "23503": return ErrorKind.FOREIGN_KEY_VIOLATION;
            case "23502": return ErrorKind.NOT_NULL_VIOLATION;
            case "23514": return ErrorKind.CHECK_VIOLATION;
            case "40001": case "40P01": case "55P03": case "57014": return ErrorKind.BUSY;
            case "25006": return ErrorKind.READ_ONLY;
            case "42601": return ErrorKind.SYNTAX;
            case "42P01": case "42703": case "42883": case "42704": return ErrorKind.UNDEFINED_OBJECT;
            // The server ended the session: shutdown, crash recovery, pg_terminate_backend.
            case "57P01": case "57P02": case "57P03": return ErrorKind.CONNECTION;
            default:
                return state.startsWith("08") ? ErrorKind.CONNECTION : ErrorKind.OTHER;
        }
    }

    static OptionalInt position(SQLException error) {
        if (error instanceof PSQLException pe) {
            ServerErrorMessage m = pe.getServerErrorMessage();
            if (m != null && m.getPosition() > 0) {
                return OptionalInt.of(m.getPosition());
            }
        }
        return OptionalInt.empty();
    }
}
