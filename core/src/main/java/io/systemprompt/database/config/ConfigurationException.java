package io.systemprompt.database.config;

import io.systemprompt.database.DatabaseException;

/**
 * A setting is missing or invalid. Raised before any connection is made; the message names the
 * variable, the rejected value and the accepted values.
 */
public class ConfigurationException extends DatabaseException {
    private static final long serialVersionUID = 1L;
    private final String variable;

    /** An invalid value of {@code variable}; the message names the value and what is accepted. */
    public ConfigurationException(String variable, String message) {
        super(variable + ": " + message);
        this.variable = variable;
    }

    /** Creates the standard message: {@code VAR=value is invalid: accepted values are ...}. */
    public static ConfigurationException invalid(String variable, String value, String accepted) {
        return new ConfigurationException(variable,
                "'" + value + "' is invalid; accepted values are " + accepted + ". Fix " + variable
                        + " in the environment or the configuration.");
    }

    /** The environment variable (or builder property) at fault. */
    public String variable() {
        return variable;
    }
}
