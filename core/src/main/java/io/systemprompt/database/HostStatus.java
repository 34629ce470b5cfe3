package io.systemprompt.database;

/**
 * One server of a PostgreSQL deployment as {@link Database#hosts()} sees it.
 *
 * @param host       {@code host:port}
 * @param role       {@code primary}, {@code replica}, {@code down} or {@code unknown} (not measured yet)
 * @param inRotation for a replica: true when reads are sent to it; the primary is always true
 * @param lagMs      for a replica: how far its replay is behind the primary, in milliseconds; else null
 * @param error      why it is down or out of rotation, else null
 */
public record HostStatus(String host, String role, boolean inRotation, Long lagMs, String error) {
}
