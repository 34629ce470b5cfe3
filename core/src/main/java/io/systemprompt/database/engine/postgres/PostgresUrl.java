package io.systemprompt.database.engine.postgres;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the pgjdbc URL from values, never from text that could hold URL syntax: the database name is
 * percent-encoded (pgjdbc decodes it), an IPv6 address is bracketed, and the host has been checked
 * by the configuration to be a plain name or address. Every driver setting goes as a property.
 */
final class PostgresUrl {
    private PostgresUrl() {
    }

    static String of(String host, int port, String database) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
