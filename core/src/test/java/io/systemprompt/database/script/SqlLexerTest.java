package io.systemprompt.database.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlLexerTest {

    @Test
    void classifiesTokens() {
        List<SqlToken> tokens = SqlLexer.tokenize(
            "SELECT \"a\", 'b''c', 1.5e3, $$x;$$, $t$y$t$, ?, ?2, $1, :n, x::int, a||b, c<=d -- e\n/* f */;");
        List<String> significant = tokens.stream()
            .filter(t -> t.type() != TokenType.WHITESPACE)
            .map(t -> t.type() + " " + t.text())
            .toList();
        assertThat(significant).containsExactly(
            "WORD SELECT", "QUOTED_IDENTIFIER \"a\"", "PUNCT ,", "STRING 'b''c'", "PUNCT ,", "NUMBER 1.5e3",
            "PUNCT ,", "DOLLAR_QUOTED $$x;$$", "PUNCT ,", "DOLLAR_QUOTED $t$y$t$", "PUNCT ,", "PARAMETER ?",
            "PUNCT ,", "PARAMETER ?2", "PUNCT ,", "PARAMETER $1", "PUNCT ,", "PARAMETER :n", "PUNCT ,",
            "WORD x", "OPERATOR ::", "WORD int", "PUNCT ,", "WORD a", "OPERATOR ||", "WORD b", "PUNCT ,",
            "WORD c", "OPERATOR <=", "WORD d", "LINE_COMMENT -- e", "BLOCK_COMMENT /* f */", "SEMICOLON ;");
    }

    @Test
    void tracksLineAndColumn() {
        List<SqlToken> tokens = SqlLexer.tokenize("a\n  'x\ny' b");
        SqlToken b = tokens.get(tokens.size() - 1);
        assertThat(tokens.get(2).line()).isEqualTo(2);
        assertThat(tokens.get(2).column()).isEqualTo(3);
        assertThat(b.line()).isEqualTo(3);
        assertThat(b.column()).isEqualTo(4);
        assertThat(b.offset()).isEqualTo(10);
    }

    @Test
    void quotedIdentifierNamesAreUnquoted() {
        List<SqlToken> tokens = SqlLexer.tokenize("\"a\"\"b\" `c` [d e]");
        assertThat(tokens.stream().filter(t -> !t.isTrivia()).map(SqlToken::identifier))
            .containsExactly("a\"b", "c", "d e");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT 'abc|1:8|string literal",
        "SELECT 1 /* open|1:10|block comment",
        "x = \"id|1:5|quoted identifier",
        "a $tag$ body $other$|1:3|$tag$",
        "SELECT `x|1:8|quoted identifier",
        "SELECT [x|1:8|bracketed",
        "SELECT E'a\\'|1:8|string literal"})
    void unterminatedConstructsFailWithPosition(String sql, String position, String what) {
        assertThatThrownBy(() -> SqlLexer.tokenize(sql, "mod/init.sql"))
            .isInstanceOf(SqlScriptException.class)
            .hasMessageContaining("mod/init.sql:" + position)
            .hasMessageContaining("unterminated")
            .hasMessageContaining(what);
    }

    @Test
    void concatenationReproducesInput() {
        String sql = "\uFEFFCREATE TABLE [t] (`a` INT, \"b\" TEXT DEFAULT 'x''y');\r\n-- c\n/* d */ SELECT $$;$$ ~ @ # 0x1F .5";
        String joined = SqlLexer.tokenize(sql).stream().map(SqlToken::text).collect(Collectors.joining());
        assertThat(joined).isEqualTo(sql);
    }
}
