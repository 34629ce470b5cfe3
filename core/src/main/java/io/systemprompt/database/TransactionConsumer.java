package io.systemprompt.database;

/**
 * Work done inside a transaction that returns nothing.
 *
 * @param <X> the checked exception the work may throw
 */
@FunctionalInterface
public interface TransactionConsumer<X extends Exception> {
    /** The transaction's work; returning commits it, throwing rolls it back. */
    void accept(Transaction transaction) throws X;
}
