package io.systemprompt.database.engine.sqlite;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteCheckScannerTest {

    @Test
    void columnAndTableLevelChecksInOrder() {
        assertThat(SqliteCheckScanner.checks("CREATE TABLE t (a INT CHECK (a > 0), b TEXT,"
                + " CONSTRAINT both CHECK (a < 10 AND b <> ''))"))
                .containsExactly("a > 0", "a < 10 AND b <> ''");
    }

    @Test
    void nestedParenthesesAndNoSpaceBeforeTheParenthesis() {
        assertThat(SqliteCheckScanner.checks("create table t (s TEXT check(length(trim(s)) IN (1, 2)))"))
                .containsExactly("length(trim(s)) IN (1, 2)");
    }

    @Test
    void parenthesesAndKeywordsInsideStringsAndQuotedNamesAreIgnored() {
        assertThat(SqliteCheckScanner.checks("CREATE TABLE \"check (x)\" (s TEXT CHECK (s <> ')'''),"
                + " [check (y)] INT, `CHECK (z)` INT, note TEXT DEFAULT 'CHECK (w)')"))
                .containsExactly("s <> ')'''");
    }

    @Test
    void commentsAreSkippedEvenBetweenKeywordAndParenthesis() {
        assertThat(SqliteCheckScanner.checks("CREATE TABLE t (\n -- CHECK (no)\n a INT /* CHECK (no) */"
                + " CHECK /* why */ (a IN (1, 2)) -- trailing ) (\n)"))
                .containsExactly("a IN (1, 2)");
    }

    @Test
    void wordsThatMerelyContainCheckAreNotChecks() {
        assertThat(SqliteCheckScanner.checks("CREATE TABLE t (checked INT, rechecks INT, check_at TEXT)"))
                .isEmpty();
    }

    @Test
    void unterminatedTextEndsTheScanWithoutFailing() {
        assertThat(SqliteCheckScanner.checks("CREATE TABLE t (a INT CHECK (a > 0")).containsExactly("a > 0");
        assertThat(SqliteCheckScanner.checks(null)).isEmpty();
    }
}
