package io.systemprompt.database;

import io.systemprompt.database.mapping.Row;

import java.sql.SQLException;

/** Receives rows one at a time, so a result larger than memory can be processed. */
@FunctionalInterface
public interface RowConsumer {
    /** Handles one row; the row object is reused, so copy what must outlive the call. */
    void accept(Row row) throws SQLException;
}
