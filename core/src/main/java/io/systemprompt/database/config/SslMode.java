package io.systemprompt.database.config;

import java.util.Locale;

/**
 * TLS for PostgreSQL connections, mapped one to one onto pgjdbc's {@code sslmode}.
 * {@code POSTGRES_SSL=true} means {@link #REQUIRE}: the connection is encrypted or fails. Use
 * {@code verify-full} to also check the server certificate and host name against
 * {@code ~/.postgresql/root.crt}.
 */
public enum SslMode {
    /** No TLS. */
    DISABLE("disable"),
    /** Encrypted; the server certificate is not verified. */
    REQUIRE("require"),
    /** Encrypted; the server certificate must chain to {@code ~/.postgresql/root.crt}. */
    VERIFY_CA("verify-ca"),
    /** Like {@link #VERIFY_CA}, and the certificate must name the host. */
    VERIFY_FULL("verify-full");

    static final String ACCEPTED = "true, false, disable, require, verify-ca, verify-full";

    private final String pgValue;

    SslMode(String pgValue) {
        this.pgValue = pgValue;
    }

    /** The value passed to pgjdbc as {@code sslmode}. */
    public String pgValue() {
        return pgValue;
    }

    /** Parses a {@code POSTGRES_SSL} value; null when it is not one of {@link #ACCEPTED}. */
    static SslMode parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "true": case "1": case "yes": case "on":
                return REQUIRE;
            case "false": case "0": case "no": case "off":
                return DISABLE;
            default:
                for (SslMode m : values()) {
                    if (m.pgValue.equals(v)) {
                        return m;
                    }
                }
                return null;
        }
    }
}
