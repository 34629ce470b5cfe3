package io.systemprompt.database.cli.option;

/** How a command prints its data. */
public enum Format {
    /** Aligned columns for people. */
    TABLE,
    /** One JSON document per run. */
    JSON,
    /** RFC 4180 CSV with a header row. */
    CSV
}
