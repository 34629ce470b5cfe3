package io.systemprompt.database.codegen;

import io.systemprompt.database.testing.ModuleTree;

import java.nio.file.Path;

/**
 * The module tree the generator is tested on: module {@code app/default} (a Java keyword as a package
 * segment) with every column type, NULL and NOT NULL, CHECK enums, a natural and a composite primary
 * key, a table without a primary key, reserved words as table and column names, and a column added
 * by a migration; module {@code app/reports} depends on it.
 */
final class CodegenTree {
    static final String MODULE = "app/default";

    static final String SCHEMA = """
            -- Groups of things, named by a reserved word.
            CREATE TABLE IF NOT EXISTS "group" (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name VARCHAR(100) NOT NULL UNIQUE,
              -- Position in lists.
              "order" INTEGER NOT NULL DEFAULT 0,
              "key" TEXT, -- an optional lookup key
              "default" BOOLEAN NOT NULL DEFAULT FALSE
            );

            /* One row per sample value;
             * every column type, nullable and not. */
            CREATE TABLE IF NOT EXISTS samples (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              big BIGINT NOT NULL,
              big_null BIGINT,
              ratio REAL NOT NULL,
              ratio_null REAL,
              label VARCHAR(40) NOT NULL,
              note TEXT,
              flag BOOLEAN NOT NULL,
              flag_null BOOLEAN,
              happened_at TIMESTAMP NOT NULL,
              happened_null DATETIME,
              day DATE NOT NULL,
              day_null DATE,
              data BLOB NOT NULL,
              data_null BLOB,
              doc JSON NOT NULL,
              doc_null JSON,
              status VARCHAR(20) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-progress', 'done')),
              priority TEXT CHECK (priority IN ('low', 'high')),
              created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            );

            CREATE TABLE IF NOT EXISTS countries (
              code VARCHAR(2) PRIMARY KEY, -- ISO 3166 alpha-2
              name TEXT NOT NULL
            );

            CREATE TABLE IF NOT EXISTS memberships (
              group_id INTEGER NOT NULL,
              country_code VARCHAR(2) NOT NULL,
              role VARCHAR(10) NOT NULL CHECK (role IN ('owner', 'member')),
              PRIMARY KEY (group_id, country_code),
              FOREIGN KEY (group_id) REFERENCES "group"(id) ON DELETE CASCADE,
              FOREIGN KEY (country_code) REFERENCES countries(code)
            );

            -- Append-only: no primary key.
            CREATE TABLE IF NOT EXISTS audit_log (
              message TEXT NOT NULL,
              at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
            );
            """;

    static final String MIGRATION = """
            -- Stars from 1 to 5, when rated.
            ALTER TABLE samples ADD COLUMN rating INTEGER;
            """;

    private CodegenTree() {
    }

    /** Writes the tree under {@code root} and returns its root. */
    static Path write(Path root) {
        ModuleTree tree = new ModuleTree(root);
        tree.module(MODULE).yaml("version: 1.0.0\n").schema(SCHEMA).migration("001_add_sample_rating.sql", MIGRATION);
        tree.module("app/reports").deps(MODULE).schema("""
                CREATE TABLE IF NOT EXISTS report_runs (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  group_id INTEGER NOT NULL REFERENCES "group"(id),
                  started_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
                );
                """);
        return root;
    }
}
