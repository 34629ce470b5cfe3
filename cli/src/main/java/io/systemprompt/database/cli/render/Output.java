package io.systemprompt.database.cli.render;

import io.systemprompt.database.cli.option.Format;
import io.systemprompt.database.cli.option.OutputOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.Locale;

import java.io.PrintWriter;
import java.util.List;

/**
 * Where a command prints: data to stdout in the chosen format, notes to stdout (or stderr when the
 * data is JSON or CSV, so the data stays parseable), nothing but data and errors with {@code --quiet}.
 */
public final class Output {
    private final OutputOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;

    /** Output to these writers with these options. */
    public Output(OutputOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.style = new Style(options.color());
    }

    /** The output of a picocli command; the graph-only formats are a usage error here. */
    public static Output of(CommandSpec spec, OutputOptions options) {
        if (options.format().graphOnly()) {
            throw new ParameterException(spec.commandLine(), "--format " + options.format().name().toLowerCase(Locale.ROOT)
                    + " is only for spdb schema graph; use table, json or csv here.");
        }
        return ofGraph(spec, options);
    }

    /** The output of a command that also prints {@link Format#DOT} and {@link Format#MERMAID}. */
    public static Output ofGraph(CommandSpec spec, OutputOptions options) {
        return new Output(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The chosen format. */
    public Format format() {
        return options.format();
    }

    /** True when the data is JSON. */
    public boolean json() {
        return options.format() == Format.JSON;
    }

    /** Colours, on only on a terminal without --no-color. */
    public Style style() {
        return style;
    }

    /** A line of data, always printed. */
    public void data(String line) {
        out.println(line);
        out.flush();
    }

    /** A note for people: stdout with table output, stderr otherwise; nothing with --quiet. */
    public void note(String line) {
        if (options.quiet()) {
            return;
        }
        PrintWriter w = options.format() == Format.TABLE ? out : err;
        w.println(line);
        w.flush();
    }

    /** A progress line on stderr (a terminal), rewritten in place. */
    public void progress(String line) {
        if (!options.quiet()) {
            err.print("\r\u001b[2K" + line);
            err.flush();
        }
    }

    /** The JSON document of this run. */
    public void document(Object doc) {
        data(Json.write(doc));
    }

    /** Rows as an aligned table or CSV, by the chosen format (JSON callers build their own document). */
    public void rows(List<String> headers, List<List<Object>> rows) {
        if (options.format() == Format.CSV) {
            out.print(Csv.write(headers, rows));
            out.flush();
        } else {
            data(TextTable.write(headers, rows, style));
        }
    }
}
