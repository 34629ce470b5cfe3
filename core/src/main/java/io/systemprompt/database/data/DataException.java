package io.systemprompt.database.data;

import io.systemprompt.database.DatabaseException;

/**
 * A data operation (clear, rebuild, export, import, backup, restore, copy) failed. The message names
 * the file, line and column where one applies, and ends with what to do.
 */
public class DataException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
