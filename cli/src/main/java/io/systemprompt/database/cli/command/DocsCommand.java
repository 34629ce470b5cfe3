package io.systemprompt.database.cli.command;

import io.systemprompt.database.Database;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.docs.SchemaDocs;
import io.systemprompt.database.docs.SchemaReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code spdb docs}: the schema reference, one Markdown page per module with diagrams. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Write a schema reference: an index and one Markdown page per module with its tables, columns "
                + "(SQLite and PostgreSQL types), keys in both directions, indexes, triggers and the migrations that "
                + "changed them, plus Mermaid diagrams and Graphviz DOT files.",
                "By default every module is applied to a scratch in-memory SQLite database; --live documents the "
                + "configured database as it is, with each migration's state. The output has no timestamps, so it can "
                + "be checked in and diffed."},
        footerHeading = "%nExamples:%n",
        footer = {"  spdb docs --out docs/schema", "  spdb docs --out docs/schema --svg",
                "  spdb docs --out /tmp/live --live --engine postgres"})
final class DocsCommand extends ConfiguredCommand {

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Folder to write into; created when missing.")
    Path out;

    @Option(names = "--live", description = "Document the configured database instead of a scratch one.")
    boolean live;

    @Option(names = "--svg", description = "Also render every DOT file to SVG with Graphviz's dot.")
    boolean svg;

    @Override
    public Integer call() {
        Output o = Output.of(spec, output);
        SchemaReference reference = live ? liveReference() : SchemaDocs.scratch(connection.config().moduleRoots());
        List<Path> written;
        try {
            written = reference.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the schema reference to " + out + ": " + e.getMessage(), e);
        }
        o.note("Wrote " + written.size() + " files (" + reference.modules().size() + " modules, "
                + reference.tables().size() + " tables) to " + out.toAbsolutePath().normalize() + ".");
        if (svg) {
            List<Path> dots = written.stream().filter(p -> p.getFileName().toString().endsWith(".dot")).toList();
            Graphviz.renderSvg(dots);
            o.note("Rendered " + dots.size() + " SVG files with Graphviz.");
        }
        return 0;
    }

    private SchemaReference liveReference() {
        try (Database db = connection.open()) {
            return SchemaDocs.live(db);
        }
    }

    /** Runs Graphviz's {@code dot}. */
    static final class Graphviz {
        private Graphviz() {
        }

        static void renderSvg(List<Path> dotFiles) {
            for (Path dot : dotFiles) {
                String name = dot.getFileName().toString();
                Path svg = dot.resolveSibling(name.substring(0, name.length() - 4) + ".svg");
                run(List.of("dot", "-Tsvg", dot.toString(), "-o", svg.toString()), dot);
            }
        }

        private static void run(List<String> command, Path dot) {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw CliException.failure("Graphviz is not installed (no 'dot' on the PATH), so no SVG was rendered; "
                        + "the Markdown and DOT files were written.",
                        "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) "
                                + "and run again, or leave out --svg.", e);
            }
            try {
                String log = new String(process.getInputStream().readAllBytes()).strip();
                if (process.waitFor() != 0) {
                    throw CliException.failure("dot could not render " + dot + ": " + log,
                            "check the Graphviz installation with: dot -V", null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CliException.failure("Interrupted while rendering " + dot + ".", "run the command again.", e);
            }
        }
    }
}
