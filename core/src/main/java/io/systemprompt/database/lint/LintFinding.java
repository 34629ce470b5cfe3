package io.systemprompt.database.lint;

import java.util.Objects;

/**
 * One problem found in one statement of one module file.
 *
 * @param ruleId   the rule that found it, e.g. {@code pg-index-concurrently}
 * @param severity how serious it is
 * @param module   the module key
 * @param file     the file's location (a path or URL)
 * @param line     1-based line of the statement
 * @param column   1-based column of the statement
 * @param message  what is wrong
 * @param fix      how to fix it
 */
public record LintFinding(String ruleId, Severity severity, String module, String file, int line, int column,
        String message, String fix) {

    /** Rejects missing parts. */
    public LintFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** The file name without its folders. */
    public String fileName() {
        int i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return i < 0 ? file : file.substring(i + 1);
    }

    /** One line: {@code severity rule module file:line:column: message; fix}. */
    public String format() {
        return severity.id() + " " + ruleId + " " + module + " " + file + ":" + line + ":" + column + ": " + message
                + " Fix: " + fix;
    }
}
