package io.systemprompt.database;

/** A transaction could not begin, commit or roll back, or a transaction handle was used outside its callback or thread. */
public class TransactionException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** A misuse of a transaction; the message says what to do instead. */
    public TransactionException(String message) {
        super(message);
    }

    /** A transaction failure caused by {@code cause}. */
    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
