package io.systemprompt.database.translate;

import io.systemprompt.database.script.TranslationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionTranslationTest {
    private final Translations tr = new Translations();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "datetime('now') => CURRENT_TIMESTAMP",
        "datetime('now', '-7 days') => (CURRENT_TIMESTAMP + INTERVAL '-7 days')",
        "date('now') => CURRENT_DATE",
        "date('now', '+1 month') => CAST(CURRENT_TIMESTAMP + INTERVAL '+1 month' AS DATE)",
        "ifnull(a, 'x') => coalesce(a, 'x')",
        "instr(a, 'x') => strpos(a, 'x')",
        "max(a, b), min(a, 2), max(a) => greatest(a, b), least(a, 2), max(a)",
        "iif(a > 1, 'y', 'n') => CASE WHEN a > 1 THEN 'y' ELSE 'n' END",
        "group_concat(a) => string_agg(CAST(a AS TEXT), ',')",
        "group_concat(DISTINCT a, ';') => string_agg(DISTINCT CAST(a AS TEXT), ';')",
        "lower(hex(randomblob(16))) => replace(gen_random_uuid()::text, '-', '')",
        "hex(randomblob(16)) => upper(replace(gen_random_uuid()::text, '-', ''))",
        "randomblob(32) => decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex')",
        "strftime('%Y-%m-%d %H:%M:%S', 'now') => to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')",
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') => to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
        "strftime('%s', 'now') => CAST(CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT) AS TEXT)",
        "unixepoch() => CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT)",
        "CAST(a AS INTEGER), CAST(b AS REAL), CAST(c AS TEXT) => CAST(a AS BIGINT), CAST(b AS DOUBLE PRECISION), CAST(c AS TEXT)",
        "x'0aFF' => '\\x0aFF'::bytea",
        "a == 1 => a = 1",
        "`a`, [B], \"C\" => \"a\", \"b\", \"c\"",
        "length(trim(a)), upper(substr(a, 1, 2)), abs(round(b)), count(*), coalesce(sum(b), 0) => length(trim(a)), upper(substr(a, 1, 2)), abs(round(b)), count(*), coalesce(sum(b), 0)"})
    void translatesExpressions(String sqlite, String postgres) {
        assertThat(tr.one("SELECT " + sqlite + " FROM t")).isEqualTo("SELECT " + postgres + " FROM t");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT a FROM t LIMIT 5, 10|SELECT a FROM t LIMIT 10 OFFSET 5",
        "SELECT a FROM t LIMIT 10 OFFSET 5|SELECT a FROM t LIMIT 10 OFFSET 5",
        "SELECT (SELECT b FROM u LIMIT 1, 2) FROM t LIMIT ?|SELECT (SELECT b FROM u LIMIT 2 OFFSET 1) FROM t LIMIT ?",
        "SELECT a FROM t WHERE a LIKE 'x%' AND b NOT LIKE '%y'|SELECT a FROM t WHERE a ILIKE 'x%' AND b NOT ILIKE '%y'",
        "SELECT count(*) FROM (SELECT a FROM t) WHERE 1 = 1|SELECT count(*) FROM (SELECT a FROM t) AS spdb_subquery_1 WHERE 1 = 1",
        "SELECT x.a FROM (SELECT a FROM t) x JOIN (VALUES (1)) ON 1 = 1|SELECT x.a FROM (SELECT a FROM t) x JOIN (VALUES (1)) AS spdb_subquery_1 ON 1 = 1",
        "SELECT a FROM t ORDER BY random()|SELECT a FROM t ORDER BY random()",
        "WITH x(a) AS (SELECT 1) SELECT a FROM x|WITH x(a) AS (SELECT 1) SELECT a FROM x",
        "SELECT user FROM t WHERE EXISTS (SELECT 1 FROM u)|SELECT \"user\" FROM t WHERE EXISTS (SELECT 1 FROM u)"})
    void translatesStatements(String sqlite, String postgres) {
        assertThat(tr.one(sqlite)).isEqualTo(postgres);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT printf('%d', a) FROM t|printf()",
        "SELECT json_extract(a, '$.b') FROM t|json_extract()",
        "SELECT typeof(a) FROM t|typeof()",
        "SELECT random() FROM t|random()",
        "SELECT datetime(a) FROM t|datetime()",
        "SELECT datetime('now', 'start of month') FROM t|time modifier 'start of month'",
        "SELECT strftime('%w', 'now') FROM t|strftime('%w')",
        "SELECT hex(a) FROM t|hex()",
        "SELECT a FROM t WHERE a GLOB 'x*'|GLOB",
        "SELECT CAST(a AS WIDGET) FROM t|CAST(... AS WIDGET)"})
    void unknownFunctionsFail(String sql, String construct) {
        assertThatThrownBy(() -> tr.of(sql))
            .isInstanceOf(TranslationException.class)
            .hasMessageContaining("cannot translate " + construct)
            .hasMessageContaining("mod/schema.sql:1:");
    }
}
