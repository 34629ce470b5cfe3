package io.systemprompt.database.cli;

import io.systemprompt.database.testing.PostgresScratch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real jar against a fresh database per test: a SQLite file in a temporary folder, or a
 * scratch PostgreSQL database (created and dropped per test). Subclasses pick the engine.
 */
abstract class CliTestBase {
    @TempDir
    Path dir;
    Path modules;
    Spdb spdb;
    private PostgresScratch scratch;

    /** "sqlite" or "postgres". */
    abstract String engine();

    @BeforeEach
    void openDatabase() {
        modules = TestModules.write(dir);
        Map<String, String> env;
        if (engine().equals("postgres")) {
            scratch = PostgresScratch.create();
            env = scratch.env();
        } else {
            env = Map.of("DATABASE_TYPE", "sqlite", "DATABASE_FILE", dir.resolve("test.db").toString());
        }
        spdb = new Spdb(dir, env);
    }

    @AfterEach
    void dropDatabase() {
        if (scratch != null) {
            scratch.close();
        }
    }

    /** Runs spdb with the test module root appended. */
    Spdb.Result run(String... args) {
        return spdb.run(withModules(args));
    }

    /** Runs spdb with the test module root appended and stdin as given. */
    Spdb.Result runWithInput(String stdin, String... args) {
        return spdb.runWithInput(stdin, withModules(args));
    }

    /** Runs and expects exit 0. */
    Spdb.Result ok(String... args) {
        Spdb.Result r = run(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    /** Runs and expects the exit code, an {@code error:} and a {@code hint:} line on stderr. */
    Spdb.Result fails(int exit, String... args) {
        Spdb.Result r = run(args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.err()).as(r.toString()).contains("error: ").contains("hint: ").doesNotContain("\tat ");
        return r;
    }

    private String[] withModules(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--modules");
        all.add(modules.toString());
        return all.toArray(String[]::new);
    }
}
