package io.systemprompt.database.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One PostgreSQL server address. Lists are written {@code host1:5432,host2:5433}; a host without a port
 * takes the default port, and an IPv6 address goes in brackets ({@code [::1]:5432}). Host names are
 * checked, so no setting can carry connection-URL text such as {@code ?sslmode=disable}.
 *
 * @param host the host name or address, without brackets
 * @param port the port, 1 to 65535
 */
public record HostAndPort(String host, int port) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.%]+");

    /**
     * Parses a comma-separated list.
     *
     * @param text        the list as written
     * @param defaultPort the port of a host written without one
     * @param variable    the setting's name, for the error message
     * @throws ConfigurationException naming the setting and the entry when an entry is malformed
     */
    public static List<HostAndPort> parseList(String text, int defaultPort, String variable) {
        List<HostAndPort> out = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                throw ConfigurationException.invalid(variable, text, "host[:port] entries separated by commas, none empty");
            }
            out.add(parse(entry, defaultPort, variable));
        }
        return List.copyOf(out);
    }

    private static HostAndPort parse(String entry, int defaultPort, String variable) {
        String host = entry;
        String port = null;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw invalid(variable, entry);
            }
            host = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw invalid(variable, entry);
                }
                port = rest.substring(1);
            }
            if (!IPV6.matcher(host).matches()) {
                throw invalid(variable, entry);
            }
        } else if (entry.indexOf(':') != entry.lastIndexOf(':')) {
            // An IPv6 address without brackets cannot carry a port.
            if (!IPV6.matcher(host).matches()) {
                throw invalid(variable, entry);
            }
        } else {
            int colon = entry.lastIndexOf(':');
            if (colon >= 0) {
                host = entry.substring(0, colon);
                port = entry.substring(colon + 1);
            }
            if (!NAME.matcher(host).matches()) {
                throw invalid(variable, entry);
            }
        }
        int p = defaultPort;
        if (port != null) {
            try {
                p = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw invalid(variable, entry);
            }
        }
        if (p < 1 || p > 65535) {
            throw invalid(variable, entry);
        }
        return new HostAndPort(host, p);
    }

    private static ConfigurationException invalid(String variable, String entry) {
        return ConfigurationException.invalid(variable, entry,
                "host names or addresses with an optional :port (1-65535), IPv6 in brackets, separated by commas");
    }

    /** {@code host:port}, IPv6 in brackets. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The list as {@code host1:5432,host2:5433}. */
    public static String join(List<HostAndPort> hosts) {
        return hosts.stream().map(HostAndPort::toString).collect(Collectors.joining(","));
    }
}
