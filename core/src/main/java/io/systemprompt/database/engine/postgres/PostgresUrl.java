package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.config.HostAndPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the pgjdbc URL from values, never from text that could hold URL syntax: the database name is
 * percent-encoded (pgjdbc decodes it), an IPv6 address is bracketed, and the host has been checked
 * by the configuration to be a plain name or address. Every driver setting goes as a property.
 */
final class PostgresUrl {
    private PostgresUrl() {
    }

    /** The URL of one or more servers (checked {@link HostAndPort} entries) and a database. */
    static String of(List<HostAndPort> hosts, String database) {
        return "jdbc:postgresql://" + HostAndPort.join(hosts) + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
