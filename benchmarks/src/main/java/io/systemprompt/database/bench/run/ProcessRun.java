package io.systemprompt.database.bench.run;

/**
 * What one child process did.
 *
 * @param wallNs      wall time from start to exit, as seen by the harness
 * @param inProcessNs the time the child reported for its own work, or -1 when it reported none
 * @param peakRssKb   peak resident set size in KiB, or -1 when it could not be read
 * @param output      standard output and error, for error messages
 */
public record ProcessRun(long wallNs, long inProcessNs, long peakRssKb, String output) {
}
