package io.systemprompt.database;

/**
 * Work done inside a transaction that returns a value.
 *
 * @param <T> the result
 * @param <X> the checked exception the work may throw
 */
@FunctionalInterface
public interface TransactionCallback<T, X extends Exception> {
    /** The transaction's work; returning commits it, throwing rolls it back. */
    T apply(Transaction transaction) throws X;
}
