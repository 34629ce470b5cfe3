package io.systemprompt.database.cli.command;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.script.SqlSplitter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The interactive query shell: line editing and history (in {@code SPDB_HISTORY}, default
 * {@code ~/.spdb_history}); a statement runs when its line ends with {@code ;}; {@code \q} quits.
 * An SQL error is printed and the shell goes on.
 */
final class QueryShell {
    private static final Set<String> QUIT = Set.of("\\q", "quit", "exit", "\\quit");

    private final QueryExecutor executor;
    private final Output out;
    private final boolean write;

    QueryShell(QueryExecutor executor, Output out, boolean write) {
        this.executor = executor;
        this.out = out;
        this.write = write;
    }

    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("spdb")
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    // SQL uses ! and \ literally: no history event expansion.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            out.note("spdb query shell (" + (write ? "read-write" : "read-only") + "). End statements with ;"
                    + "  \\q quits.");
            loop(reader);
            return 0;
        } catch (IOException e) {
            throw CliException.failure("query: cannot open the terminal: " + e.getMessage(),
                    "pass --sql or --file instead.", e);
        }
    }

    private void loop(LineReader reader) {
        StringBuilder buffer = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(buffer.length() == 0 ? (write ? "spdb(rw)> " : "spdb> ") : "   ...> ");
            } catch (UserInterruptException e) {
                buffer.setLength(0);
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (buffer.length() == 0 && QUIT.contains(line.strip())) {
                return;
            }
            buffer.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                execute(buffer.toString());
                buffer.setLength(0);
            }
        }
    }

    private void execute(String sql) {
        try {
            for (StatementResult r : executor.run(SqlSplitter.split(sql))) {
                QueryPrinter.printOne(out, r);
            }
        } catch (DatabaseException e) {
            out.data("error: " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
            if (e instanceof CliException c) {
                out.data("hint: " + c.hint());
            }
        }
    }

    private static Path historyFile() {
        String env = System.getenv("SPDB_HISTORY");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".spdb_history");
    }
}
