package io.systemprompt.database.cli;

import io.systemprompt.database.testing.ModuleTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code spdb generate}: writes the sources, regenerates nothing when up to date, and --check fails when stale. */
class GenerateCommandTest {
    @TempDir
    Path dir;
    Path modules;
    Spdb spdb;

    @BeforeEach
    void tree() {
        modules = dir.resolve("modules");
        new ModuleTree(modules).module("shop/orders").schema("""
                -- Orders, one per checkout.
                CREATE TABLE IF NOT EXISTS orders (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  state VARCHAR(10) NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'paid')),
                  note TEXT
                );
                """);
        spdb = new Spdb(dir, Map.of("DATABASE_TYPE", "sqlite", "DATABASE_FILE", dir.resolve("unused.db").toString()));
    }

    private Spdb.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--modules";
        all[args.length + 1] = modules.toString();
        return spdb.run(all);
    }

    @Test
    void writesOncheckPassesAndFailsAfterAMigrationUntilRegenerated() throws Exception {
        Path out = dir.resolve("gen");
        Spdb.Result first = run("generate", "--out", out.toString(), "--package", "com.example.db");
        assertThat(first.exit()).as(first.toString()).isZero();
        Path order = out.resolve("com/example/db/shop/orders/Order.java");
        assertThat(Files.readString(order)).contains("public record Order(", "Order.State state,",
                "Optional<String> note", "Orders, one per checkout.");
        assertThat(first.out()).contains("wrote", "Orders.java", "5 file(s) written");
        assertThat(run("generate", "--out", out.toString(), "--package", "com.example.db").out())
                .contains("already up to date");
        Spdb.Result check = run("generate", "--out", out.toString(), "--package", "com.example.db", "--check");
        assertThat(check.exit()).as(check.toString()).isZero();

        new ModuleTree(modules).module("shop/orders").migration("001_add_total.sql",
                "ALTER TABLE orders ADD COLUMN total REAL;\n");
        Spdb.Result stale = run("generate", "--out", out.toString(), "--package", "com.example.db", "--check");
        assertThat(stale.exit()).as(stale.toString()).isEqualTo(1);
        assertThat(stale.err()).contains("error: generate --check:", "stale", "Order.java", "CreateOrder.java",
                "hint: run 'spdb generate --out");
        assertThat(Files.readString(order)).doesNotContain("total");

        assertThat(run("generate", "--out", out.toString(), "--package", "com.example.db").exit()).isZero();
        assertThat(Files.readString(order)).contains("Optional<Double> total");
        assertThat(run("generate", "--out", out.toString(), "--package", "com.example.db", "--check").exit()).isZero();
    }

    @Test
    void jsonBoxedStyleAndOneModule() throws Exception {
        Path out = dir.resolve("gen");
        Spdb.Result r = run("generate", "--out", out.toString(), "--module", "shop/orders", "--nullable", "boxed",
                "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.json().get("changed")).hasSize(5);
        assertThat(Files.readString(out.resolve("io/systemprompt/modules/shop/orders/Order.java")))
                .contains("String note)").doesNotContain("Optional");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Spdb.Result pkg = run("generate", "--out", dir.resolve("gen").toString(), "--package", "com.example.class");
        assertThat(pkg.exit()).as(pkg.toString()).isEqualTo(2);
        assertThat(pkg.err()).contains("keyword 'class'", "hint:");
        Spdb.Result module = run("generate", "--out", dir.resolve("gen").toString(), "--module", "shop/nope");
        assertThat(module.exit()).as(module.toString()).isEqualTo(1);
        assertThat(module.err()).contains("No module 'shop/nope'", "shop/orders");
    }
}
