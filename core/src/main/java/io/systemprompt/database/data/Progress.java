package io.systemprompt.database.data;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a long data operation stands.
 *
 * @param operation what runs: {@code export}, {@code import}, {@code backup}, {@code restore}, {@code copy}
 * @param table     the table being worked on, or null before the first and after the last
 * @param rows      rows done so far, over all tables
 * @param totalRows rows to do in all, or -1 when not known in advance
 * @param bytes     bytes written or read so far (compressed bytes for gzip files)
 * @param elapsed   time since the operation started
 */
public record Progress(String operation, String table, long rows, long totalRows, long bytes, Duration elapsed) {

    /** The estimated time left, from the rate so far; empty while nothing is done or the total is unknown. */
    public Optional<Duration> eta() {
        if (rows <= 0 || totalRows < 0 || elapsed.isZero()) {
            return Optional.empty();
        }
        long left = Math.max(0, totalRows - rows);
        return Optional.of(Duration.ofNanos((long) ((double) elapsed.toNanos() / rows * left)));
    }
}
