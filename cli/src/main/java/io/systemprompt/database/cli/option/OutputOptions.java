package io.systemprompt.database.cli.option;

import picocli.CommandLine.Option;

/** How output looks: format, quiet, verbose and colour. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output format: table, json or csv (dot and mermaid: schema graph only). Default: ${DEFAULT-VALUE}.")
    private Format format = Format.TABLE;

    @Option(names = {"-q", "--quiet"}, description = "Print only the data and errors.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors.")
    private boolean verbose;

    @Option(names = "--no-color", description = "Never colour the output (it is coloured only on a terminal).")
    private boolean noColor;

    /** The chosen format. */
    public Format format() {
        return format;
    }

    /** True with {@code --quiet}. */
    public boolean quiet() {
        return quiet;
    }

    /** True with {@code --verbose}. */
    public boolean verbose() {
        return verbose;
    }

    /** True when colour is wanted and stdout is a terminal. */
    public boolean color() {
        return !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
