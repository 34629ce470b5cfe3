package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.option.Format;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.docs.SchemaDocs;
import io.systemprompt.database.module.ModuleSource;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.ModuleSet;
import picocli.CommandLine.Command;

import java.util.List;

/** {@code spdb schema graph}: the modules in install (dependency) order. Reads files only. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Print the modules in dependency order, each with what it needs, as a table, JSON, CSV, "
                + "a Graphviz DOT graph or a Mermaid flowchart. Reads no database.",
        footerHeading = "%nExamples:%n", footer = {"  spdb schema graph", "  spdb schema graph --format json",
                "  spdb schema graph --format dot | dot -Tsvg -o modules.svg", "  spdb schema graph --format mermaid"})
final class SchemaGraphCommand extends ConfiguredCommand {

    @Override
    public Integer call() {
        Output out = Output.ofGraph(spec, output);
        ModuleSet set = new ModuleSource(connection.config()).modules();
        if (output.format() == Format.DOT || output.format() == Format.MERMAID) {
            String graph = output.format() == Format.DOT ? SchemaDocs.moduleGraphDot(set) : SchemaDocs.moduleGraphMermaid(set);
            out.data(graph.stripTrailing());
            return 0;
        }
        Listing order = new Listing();
        int n = 0;
        for (DatabaseModule m : set.list()) {
            List<String> all = set.dependenciesOf(m.key()).stream().map(DatabaseModule::key).toList();
            order.add(Docs.map("order", ++n, "key", m.key(), "dependencies", m.dependencies(), "transitive", all),
                    List.of(n, m.key(), m.dependencies().isEmpty() ? "-" : String.join(", ", m.dependencies())));
        }
        if (out.json()) {
            out.document(Docs.map("command", "schema graph", "modules", order.docs()));
        } else {
            out.rows(List.of("order", "module", "needs"), order.rows());
        }
        return 0;
    }
}
