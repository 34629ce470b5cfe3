package io.systemprompt.database;

/** A row could not be mapped to the requested Java type; the message lists the unmatched parts and how to fix them. */
public class MappingException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** A row that cannot become the requested type; the message names the columns. */
    public MappingException(String message) {
        super(message);
    }

    /** A mapping failure caused by {@code cause}. */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
