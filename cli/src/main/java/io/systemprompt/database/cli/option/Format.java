package io.systemprompt.database.cli.option;

/** How a command prints its data. */
public enum Format {
    /** Aligned columns for people. */
    TABLE,
    /** One JSON document per run. */
    JSON,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** A Graphviz DOT graph; only {@code spdb schema graph} prints it. */
    DOT,
    /** A Mermaid flowchart; only {@code spdb schema graph} prints it. */
    MERMAID;

    /** True for the formats that only graph commands print. */
    public boolean graphOnly() {
        return this == DOT || this == MERMAID;
    }
}
