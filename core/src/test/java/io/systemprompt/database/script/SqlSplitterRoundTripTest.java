package io.systemprompt.database.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded random round trips: generate statements from tricky fragments, join them with random
 * whitespace, comments and stray semicolons, split, and compare text and line:column.
 */
class SqlSplitterRoundTripTest {
    private static final int RUNS = 400;

    @Test
    void splitRecoversGeneratedStatements() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Random random = new Random(seed);
            List<String> statements = new ArrayList<>();
            StringBuilder file = new StringBuilder(gap(random));
            List<Integer> starts = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String statement = statement(random);
                starts.add(file.length());
                statements.add(statement);
                file.append(statement);
                boolean last = i == count - 1;
                if (!last || random.nextBoolean()) {
                    file.append(';').append(gap(random));
                } else if (random.nextBoolean()) {
                    file.append(random.nextBoolean() ? " -- tail; it's (open" : "\n/* end; */");
                }
            }
            check(seed, random, file.toString(), statements, starts);
        }
    }

    private static void check(long seed, Random random, String lf, List<String> expected, List<Integer> starts) {
        String raw = lf;
        if (random.nextInt(3) == 0) {
            raw = raw.replace("\n", "\r\n");
        }
        if (random.nextInt(4) == 0) {
            raw = "\uFEFF" + raw;
        }
        assertThat(SqlLexer.tokenize(raw).stream().map(SqlToken::text).collect(Collectors.joining()))
            .as("seed %d round trip of tokens", seed).isEqualTo(raw);
        List<SqlStatement> actual = SqlSplitter.split(raw);
        assertThat(actual).as("seed %d: %s", seed, lf).extracting(SqlStatement::sql).containsExactlyElementsOf(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).position()).as("seed %d statement %d", seed, i)
                .isEqualTo(positionOf(lf, starts.get(i)));
            assertThat(actual.get(i).index()).isEqualTo(i);
        }
    }

    private static SourcePosition positionOf(String text, int offset) {
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new SourcePosition(line, offset - text.lastIndexOf('\n', offset - 1));
    }

    private static String statement(Random r) {
        switch (r.nextInt(8)) {
            case 0: return "INSERT INTO t (a, \"b;c\") VALUES (" + str(r) + ", " + str(r) + ")";
            case 1: return "SELECT a" + trivia(r) + ", `x;y` FROM [t;u] WHERE s = " + str(r);
            case 2: return "CREATE TRIGGER IF NOT EXISTS trg" + r.nextInt(99) + " AFTER UPDATE ON t FOR EACH ROW BEGIN\n"
                + "  UPDATE t SET v = CASE WHEN NEW.a = " + str(r) + " THEN 1 ELSE 2 END WHERE id = NEW.id;" + trivia(r)
                + "\n  INSERT INTO log VALUES (" + str(r) + ");\nEND";
            case 3: return "CREATE FUNCTION f" + r.nextInt(99) + "() RETURNS trigger AS $fn$\nBEGIN NEW.s := "
                + str(r) + "; RETURN NEW; END;\n$fn$ LANGUAGE plpgsql";
            case 4: return r.nextBoolean() ? "BEGIN" : "BEGIN TRANSACTION";
            case 5: return "DO $$ BEGIN PERFORM 1; END $$";
            case 6: return "UPDATE t SET a = 1" + trivia(r) + "WHERE b = " + r.nextInt(1000);
            default: return "SELECT CASE WHEN x THEN " + str(r) + " END FROM t";
        }
    }

    /** A string literal whose content holds semicolons, doubled quotes, comment markers and newlines. */
    private static String str(Random r) {
        String alphabet = "ab;'-/*()\n \"$";
        StringBuilder s = new StringBuilder("'");
        for (int i = r.nextInt(12); i > 0; i--) {
            char ch = alphabet.charAt(r.nextInt(alphabet.length()));
            s.append(ch == '\'' ? "''" : String.valueOf(ch));
        }
        return s.append('\'').toString();
    }

    /** Comments inside a statement, surrounded by whitespace so tokens stay apart. */
    private static String trivia(Random r) {
        switch (r.nextInt(3)) {
            case 0: return " -- note; it's (" + r.nextInt(9) + "\n ";
            case 1: return " /* x; 'y' \"z\" ( */ ";
            default: return " ";
        }
    }

    /** Text between statements: whitespace, comments and empty statements. */
    private static String gap(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(5); i > 0; i--) {
            switch (r.nextInt(5)) {
                case 0: s.append("\n"); break;
                case 1: s.append(" \t"); break;
                case 2: s.append("-- comment; with 'quote' and (paren\n"); break;
                case 3: s.append("/* block; 'q' */"); break;
                default: s.append(";"); break;
            }
        }
        return s.toString();
    }
}
