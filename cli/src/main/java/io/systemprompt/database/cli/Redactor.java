package io.systemprompt.database.cli;

/** Keeps the PostgreSQL password out of anything printed, even if a driver message echoes it. */
public final class Redactor {

    private Redactor() {
    }

    /** The text with every occurrence of {@code POSTGRES_PASSWORD}'s value replaced by {@code ****}. */
    public static String redact(String text) {
        String password = System.getenv("POSTGRES_PASSWORD");
        if (text == null || password == null || password.length() < 2) {
            return text;
        }
        return text.replace(password, "****");
    }
}
