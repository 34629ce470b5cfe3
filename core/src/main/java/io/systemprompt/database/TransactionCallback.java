package io.systemprompt.database;

/**
 * Work done inside a transaction that returns a value.
 *
 * @param <T> the result
 * @param <X> the checked exception the work may throw
 */
@FunctionalInterface
public interface TransactionCallback<T, X extends Exception> {
    T apply(Transaction transaction) throws X;
}
