package io.systemprompt.database;

/** A row could not be mapped to the requested Java type; the message lists the unmatched parts and how to fix them. */
public class MappingException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
