package io.systemprompt.database.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table of tricky inputs: each row gives the expected statements as {@code line:col|sql}. */
class SqlSplitterTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            row("simple", "SELECT 1; SELECT 2;", "1:1|SELECT 1", "1:11|SELECT 2"),
            row("no trailing newline or semicolon", "SELECT 1;\nSELECT 2", "1:1|SELECT 1", "2:1|SELECT 2"),
            row("empty and comment-only statements dropped", ";;\n-- only a comment;\n/* ; */;",
                new String[0]),
            row("line comment with quote, paren and semicolon",
                "SELECT 1 -- it's (a; test\n, 2;", "1:1|SELECT 1 -- it's (a; test\n, 2"),
            row("block comment with semicolons", "SELECT /* a; 'b; (c */ 3;", "1:1|SELECT /* a; 'b; (c */ 3"),
            row("leading comments are not part of the statement",
                "-- header; it's\n/* more */\n  CREATE TABLE t (a INT);",
                "3:3|CREATE TABLE t (a INT)"),
            row("trailing comment after semicolon dropped",
                "INSERT INTO t VALUES (1); -- done (it's; ok)\n", "1:1|INSERT INTO t VALUES (1)"),
            row("string with doubled quote and semicolon",
                "INSERT INTO t VALUES ('it''s; fine');SELECT 2",
                "1:1|INSERT INTO t VALUES ('it''s; fine')", "1:38|SELECT 2"),
            row("quoted identifiers", "SELECT \"a;b\", `c;d`, [e;f] FROM t;",
                "1:1|SELECT \"a;b\", `c;d`, [e;f] FROM t"),
            row("sqlite trigger with CASE inside",
                "CREATE TRIGGER IF NOT EXISTS trg AFTER UPDATE ON t FOR EACH ROW BEGIN\n"
                    + "  UPDATE t SET x = CASE WHEN NEW.y > 0 THEN 'a;' ELSE 'b' END WHERE id = NEW.id;\n"
                    + "  DELETE FROM u WHERE id = OLD.id;\nEND;\nSELECT 1;",
                "1:1|CREATE TRIGGER IF NOT EXISTS trg AFTER UPDATE ON t FOR EACH ROW BEGIN\n"
                    + "  UPDATE t SET x = CASE WHEN NEW.y > 0 THEN 'a;' ELSE 'b' END WHERE id = NEW.id;\n"
                    + "  DELETE FROM u WHERE id = OLD.id;\nEND",
                "5:1|SELECT 1"),
            row("top-level BEGIN is its own statement",
                "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nBEGIN TRANSACTION;\nEND;",
                "1:1|BEGIN", "2:1|INSERT INTO t VALUES (1)", "3:1|COMMIT", "4:1|BEGIN TRANSACTION", "5:1|END"),
            row("CASE outside trigger does not nest",
                "SELECT CASE WHEN a THEN 1 END FROM t; SELECT 2;",
                "1:1|SELECT CASE WHEN a THEN 1 END FROM t", "1:39|SELECT 2"),
            row("postgres dollar quotes",
                "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN NEW.x := 'a;'; RETURN NEW; END;\n$$ LANGUAGE plpgsql;\n"
                    + "DO $body$ BEGIN PERFORM 1; END $body$;",
                "1:1|CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN NEW.x := 'a;'; RETURN NEW; END;\n$$ LANGUAGE plpgsql",
                "4:1|DO $body$ BEGIN PERFORM 1; END $body$"),
            row("postgres BEGIN ATOMIC body",
                "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;SELECT 3",
                "1:1|CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
                "1:84|SELECT 3"),
            row("postgres trigger without body",
                "CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION f();SELECT 1;",
                "1:1|CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW EXECUTE FUNCTION f()", "1:71|SELECT 1"),
            row("BOM and CRLF", "\uFEFFSELECT 1;\r\n  SELECT 'a\r\nb';\r\n", "1:1|SELECT 1", "2:3|SELECT 'a\nb'"),
            row("parameters and casts", "SELECT ?1, $1, :name, @p, 'x'::text, a||b;",
                "1:1|SELECT ?1, $1, :name, @p, 'x'::text, a||b"),
            row("escape string", "SELECT E'it\\'s; ok';SELECT 2", "1:1|SELECT E'it\\'s; ok'", "1:21|SELECT 2"));
    }

    private static Arguments row(String name, String input, String... expected) {
        return Arguments.of(name, input, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsTrickyInput(String name, String input, List<String> expected) {
        List<String> actual = SqlSplitter.split(input).stream()
            .map(s -> s.line() + ":" + s.column() + "|" + s.sql())
            .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void indexesCountFromZero() {
        List<SqlStatement> statements = SqlSplitter.split("SELECT 1;\n;\nSELECT 2;");
        assertThat(statements).extracting(SqlStatement::index).containsExactly(0, 1);
    }

    @Test
    void unterminatedTriggerBodyNamesItsStart() {
        assertThatThrownBy(() -> SqlSplitter.split(SqlFile.of("m/schema.sql",
                "SELECT 1;\n  CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;")))
            .isInstanceOf(SqlScriptException.class)
            .hasMessageContaining("m/schema.sql:2:3")
            .hasMessageContaining("add END;");
    }

    @Test
    void serverPositionMapsToFileLineAndColumn() {
        SqlStatement statement = SqlSplitter.split("-- c\n\n  SELECT 1,\n    bogus FROM t;").get(0);
        assertThat(statement.positionAtServerPosition(1)).hasToString("3:3");
        int bogus = statement.sql().indexOf("bogus");
        assertThat(statement.positionAt(bogus)).hasToString("4:5");
        assertThat(statement.positionAtServerPosition(bogus + 1)).hasToString("4:5");
        assertThat(statement.positionAtServerPosition(0)).hasToString("3:3");
        assertThat(statement.positionAt(10_000)).hasToString("4:17");
    }
}
