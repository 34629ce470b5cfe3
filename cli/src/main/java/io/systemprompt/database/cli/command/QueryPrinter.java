package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.render.Output;

import java.util.ArrayList;
import java.util.List;

/** Prints query results: tables or CSV each followed by its timing line, or one JSON document. */
final class QueryPrinter {

    private QueryPrinter() {
    }

    static void print(Output out, List<StatementResult> results, boolean readOnly, double totalMs) {
        if (out.json()) {
            List<Object> docs = new ArrayList<>();
            results.forEach(r -> docs.add(r.document()));
            out.document(Docs.map("command", "query", "readOnly", readOnly, "results", docs, "elapsedMs", totalMs));
            return;
        }
        for (StatementResult r : results) {
            printOne(out, r);
        }
    }

    static void printOne(Output out, StatementResult r) {
        if (r.hasRows()) {
            out.rows(r.columns(), r.rows());
        }
        out.note(r.timing());
    }
}
