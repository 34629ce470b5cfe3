package io.systemprompt.database.lint;

import java.util.Locale;

/** How serious a lint finding is. Only {@link #ERROR} makes {@code spdb lint} exit with 1. */
public enum Severity {
    /** Worth knowing; nothing to fix. */
    INFO,
    /** Against the module guidelines, or a hazard on a table this module has not created yet. */
    WARNING,
    /** Will fail, or will block writers on a table that already holds data. */
    ERROR,
    /** The rule is switched off. */
    OFF;

    /** The lower-case name used in output and configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code info}, {@code warning}, {@code error} or {@code off}, ignoring case.
     *
     * @throws IllegalArgumentException for any other text, naming the accepted values
     */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity; use info, warning, error or off");
    }
}
