package io.systemprompt.database;

/**
 * A snapshot of the pool.
 *
 * @param active connections borrowed now
 * @param idle   connections waiting in the pool
 * @param total  connections open
 * @param max    the configured maximum
 */
public record PoolStats(int active, int idle, int total, int max) {
}
