package io.systemprompt.database;

import io.systemprompt.database.config.EngineType;

import java.time.Duration;

/**
 * The result of {@link Database#health()}: one round trip through the pool.
 *
 * @param up            true when the round trip succeeded
 * @param engine        the engine
 * @param location      the file path, or {@code user@host:port/db}; never the password
 * @param serverVersion the engine's version, or null when down
 * @param roundTrip     time to borrow a connection and run {@code SELECT 1}
 * @param pool          the pool's state after the round trip
 * @param error         what failed when down, else null
 */
public record Health(boolean up, EngineType engine, String location, String serverVersion, Duration roundTrip,
        PoolStats pool, String error) {
}
