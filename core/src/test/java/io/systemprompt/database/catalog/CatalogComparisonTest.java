package io.systemprompt.database.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation rules on hand-built catalogs, without a database. */
class CatalogComparisonTest {
    private static final CatalogComparison COMPARISON = CatalogComparison.between("left", "right");

    private static ColumnInfo col(String name, String type, boolean nullable) {
        return new ColumnInfo(name, type, nullable, null);
    }

    private static TableInfo table(String name, List<ColumnInfo> columns, List<String> pk, List<String> checks,
            List<IndexInfo> indexes) {
        return new TableInfo(name, columns, pk, List.of(), List.of(), checks, indexes);
    }

    private static Catalog catalog(TableInfo... tables) {
        return new Catalog(List.of(tables), List.of(), List.of());
    }

    @Test
    void namesCaseTypeFamiliesAndKeyNullabilityAreNormalised() {
        Catalog left = catalog(table("Users", List.of(col("A", "TEXT", true), col("ID", "INTEGER", true)),
                List.of("A"), List.of("length(A) > 0"), List.of(new IndexInfo("i", List.of("\"ID\""), false))));
        Catalog right = catalog(table("users", List.of(col("id", "bigint", false), col("a", "varchar(9)", false)),
                List.of("a"), List.of("(length((a)::text) > 0)"), List.of(new IndexInfo("j", List.of("id"), false))));
        assertThat(COMPARISON.differences(left, right)).containsExactly(
                "table users: column id nullable on left, NOT NULL on right");
    }

    @Test
    void missingTablesColumnsViewsAndTypeChangesAreReported() {
        Catalog left = new Catalog(List.of(table("a", List.of(col("x", "TEXT", true), col("y", "INT", true)),
                List.of(), List.of(), List.of()), table("b", List.of(), List.of(), List.of(), List.of())),
                List.of("v"), List.of());
        Catalog right = catalog(table("a", List.of(col("x", "BOOLEAN", true), col("z", "INT", true)),
                List.of(), List.of(), List.of()), table("c", List.of(), List.of(), List.of(), List.of()));
        assertThat(COMPARISON.differences(left, right)).containsExactly(
                "table a: column x type text on left, boolean on right",
                "table a: column y missing on right",
                "table a: column z missing on left",
                "table b missing on right",
                "table c missing on left",
                "view v missing on right");
    }

    @Test
    void checksCompareByCountAndMentionedColumns() {
        List<ColumnInfo> cols = List.of(col("status", "TEXT", false), col("n", "INT", false));
        Catalog left = catalog(table("t", cols, List.of(), List.of("status IN ('n', 'x')"), List.of()));
        Catalog sameColumns = catalog(table("t", cols, List.of(),
                List.of("(status = ANY (ARRAY['a'::text]))"), List.of()));
        Catalog otherColumn = catalog(table("t", cols, List.of(), List.of("n > 0"), List.of()));
        Catalog twoChecks = catalog(table("t", cols, List.of(), List.of("n > 0", "status <> ''"), List.of()));
        assertThat(COMPARISON.differences(left, sameColumns)).isEmpty();
        assertThat(COMPARISON.differences(left, otherColumn))
                .containsExactly("table t: check constraints mention [status] on left, [n] on right");
        assertThat(COMPARISON.differences(left, twoChecks))
                .containsExactly("table t: 1 check constraints on left, 2 on right");
    }

    @Test
    void uniquesArePerColumnSetAndKeysInOrder() {
        List<ColumnInfo> cols = List.of(col("a", "INT", false), col("b", "INT", false));
        Catalog left = new Catalog(List.of(new TableInfo("t", cols, List.of("a", "b"),
                List.of(List.of("b", "a")), List.of(), List.of(), List.of())), List.of(), List.of());
        Catalog right = new Catalog(List.of(new TableInfo("t", cols, List.of("b", "a"),
                List.of(List.of("a", "b"), List.of("b")), List.of(), List.of(), List.of())), List.of(), List.of());
        assertThat(COMPARISON.differences(left, right)).containsExactly(
                "table t: primary key (a, b) on left, (b, a) on right",
                "table t: unique (b) missing on left");
    }

    @Test
    void expressionIndexColumnsMatchWhateverTheirSpelling() {
        List<ColumnInfo> cols = List.of(col("e", "TEXT", false));
        Catalog left = catalog(table("t", cols, List.of(), List.of(),
                List.of(new IndexInfo("i", List.of("<expression>"), true))));
        Catalog right = catalog(table("t", cols, List.of(), List.of(),
                List.of(new IndexInfo("i", List.of("lower(e)"), true))));
        Catalog notUnique = catalog(table("t", cols, List.of(), List.of(),
                List.of(new IndexInfo("i", List.of("lower(e)"), false))));
        assertThat(COMPARISON.differences(left, right)).isEmpty();
        assertThat(COMPARISON.differences(left, notUnique)).containsExactly(
                "table t: index i unique (<expression>) missing on right",
                "table t: index i (<expression>) missing on left");
    }

    @Test
    void randomCatalogsEqualThemselvesAndDifferSymmetrically() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 200; round++) {
            Catalog a = randomCatalog(random);
            Catalog b = randomCatalog(random);
            assertThat(COMPARISON.differences(a, a)).isEmpty();
            assertThat(COMPARISON.differences(a, b)).hasSameSizeAs(COMPARISON.differences(b, a));
        }
    }

    private static Catalog randomCatalog(Random random) {
        String[] types = {"INTEGER", "bigint", "TEXT", "varchar(5)", "BOOLEAN", "DATETIME", "bytea"};
        List<TableInfo> tables = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            List<ColumnInfo> cols = new ArrayList<>();
            for (String c : List.of("x", "y", "z")) {
                if (random.nextInt(3) > 0) {
                    cols.add(col(c, types[random.nextInt(types.length)], random.nextBoolean()));
                }
            }
            List<String> cs = cols.stream().map(ColumnInfo::name).toList();
            List<IndexInfo> idx = cs.isEmpty() || random.nextBoolean() ? List.of()
                    : List.of(new IndexInfo("i" + name, List.of(cs.get(0)), random.nextBoolean()));
            List<String> checks = cs.isEmpty() || random.nextBoolean() ? List.of() : List.of(cs.get(0) + " > 0");
            tables.add(table(name, cols, random.nextBoolean() || cs.isEmpty() ? List.of() : List.of(cs.get(0)),
                    checks, idx));
        }
        return new Catalog(tables, random.nextBoolean() ? List.of("v") : List.of(), List.of());
    }
}
