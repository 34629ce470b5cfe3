package io.systemprompt.database.codegen;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies the modules' translated SQL to a scratch PostgreSQL database, created on the given server and
 * dropped afterwards, and compares the Java its catalog gives with the Java of SQLite's catalog (the
 * engines' spellings of types left out). A difference means a module's SQL means different things on
 * the two engines, which a generated type would hide.
 */
final class PostgresCheck {
    private PostgresCheck() {
    }

    /** @throws CodegenException naming each file that would differ and its first differing line */
    static void compare(List<ModuleTables> sqlite, GenerateOptions options) {
        DatabaseConfig server = options.postgres();
        if (server.engine() != EngineType.POSTGRES) {
            throw new IllegalArgumentException("The PostgreSQL check needs a PostgreSQL configuration, not "
                    + server.engine().id() + ".");
        }
        String name = "spdb_codegen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseConfig admin = server.toBuilder().autoMigrate(false).moduleRoots(options.moduleRoots()).poolMin(0).poolMax(1).build();
        try (Database db = Database.open(admin)) {
            db.execute("CREATE DATABASE " + name);
            try {
                DatabaseConfig scratch = server.toBuilder().postgresDatabase(name).moduleRoots(options.moduleRoots())
                        .poolMin(0).poolMax(2).build();
                List<ModuleTables> postgres = ScratchSchema.read(scratch);
                List<String> differences = differences(JavaFiles.render(sqlite, options, false),
                        JavaFiles.render(postgres, options, false));
                if (!differences.isEmpty()) {
                    throw new CodegenException("The modules' SQL gives different Java on SQLite and PostgreSQL:\n  "
                            + String.join("\n  ", differences) + "\nMake the column types, nullability, keys and"
                            + " CHECK constraints mean the same on both engines (or add a .postgres.sql override).");
                }
            } finally {
                db.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    static List<String> differences(List<GeneratedFile> sqlite, List<GeneratedFile> postgres) {
        Map<String, String> left = byPath(sqlite);
        Map<String, String> right = byPath(postgres);
        List<String> out = new ArrayList<>();
        java.util.Set<String> paths = new java.util.TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        for (String path : paths) {
            String l = left.get(path);
            String r = right.get(path);
            if (l == null || r == null) {
                out.add(path + ": only on " + (l == null ? "postgres" : "sqlite"));
            } else if (!l.equals(r)) {
                out.add(path + ": " + firstDifference(l, r));
            }
        }
        return out;
    }

    /** The first code line only one side has, from each side; imports and comments follow from those lines. */
    private static String firstDifference(String l, String r) {
        return "'" + firstOnlyIn(l, r) + "' on sqlite, '" + firstOnlyIn(r, l) + "' on postgres";
    }

    private static String firstOnlyIn(String text, String other) {
        java.util.Set<String> theirs = new java.util.HashSet<>();
        for (String line : other.split("\n")) {
            theirs.add(line.strip());
        }
        for (String line : text.split("\n")) {
            String s = line.strip();
            boolean code = !s.startsWith("import ") && !s.startsWith("*") && !s.startsWith("/**");
            if (code && !theirs.contains(s)) {
                return s;
            }
        }
        return "(nothing else)";
    }

    private static Map<String, String> byPath(List<GeneratedFile> files) {
        Map<String, String> m = new TreeMap<>();
        files.forEach(f -> m.put(f.path().toString().replace('\\', '/'), f.content()));
        return m;
    }
}
