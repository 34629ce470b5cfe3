package io.systemprompt.database.architecture;

import java.util.List;
import java.util.Set;

/**
 * The layers of the code, lowest first: a class may use its own layer and those below. The root
 * package holds three layers: the exceptions at the bottom, the handle API in the middle and the
 * {@code Database} facade, which wires the services together, near the top.
 */
final class Layers {
    private static final String BASE = "io.systemprompt.database";
    private static final List<String> NAMES = List.of(
            "base (exceptions, PoolStats, ConnectionWork, ErrorKind, catalog, internal)", "config", "script", "engine", "pool, mapping and metrics",
            "handle API", "history, module and typed", "translate", "migrate", "schema", "Database facade",
            "data, codegen, docs and lint", "cli");
    /** Plain values and callbacks of the root package that the lower layers pass around. */
    private static final Set<String> BASE_TYPES = Set.of("PoolStats", "ConnectionWork", "HostStatus");
    private static final Set<String> FACADE = Set.of("Database", "Startup", "StartupLog");

    private Layers() {
    }

    /** The layer of a class given by its fully qualified name. */
    static int of(String className) {
        String rel = className.startsWith(BASE + ".") ? className.substring(BASE.length() + 1) : className;
        int dot = rel.lastIndexOf('.');
        String pkg = dot < 0 ? "" : rel.substring(0, dot);
        String simple = rel.substring(dot + 1);
        String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        if (pkg.isEmpty()) {
            if (simple.endsWith("Exception") || BASE_TYPES.contains(simple)) {
                return 0;
            }
            return FACADE.contains(simple) ? 10 : 5;
        }
        if (pkg.equals("engine") && simple.equals("ErrorKind")) {
            return 0;
        }
        // The one-method interface of generated enums, read by the engines' value codecs; it uses nothing.
        if (pkg.equals("mapping") && simple.equals("StoredText")) {
            return 0;
        }
        return switch (top) {
            case "catalog", "internal" -> 0;
            case "config" -> 1;
            case "script" -> 2;
            case "engine" -> 3;
            case "pool", "mapping", "metrics" -> 4;
            case "history", "module", "typed" -> 6;
            case "translate" -> 7;
            case "migrate" -> 8;
            case "schema" -> 9;
            case "data", "codegen", "docs", "lint" -> 11;
            case "cli" -> 12;
            default -> throw new IllegalArgumentException("No layer for package " + pkg + " (" + className
                    + "): add it to the layer order in docs/architecture.md and in this class.");
        };
    }

    static String name(int layer) {
        return NAMES.get(layer);
    }

    /**
     * True for the classes that may name an engine: the engine packages, the translator, the
     * configuration that selects the engine, and the module files keyed by engine file-name suffix
     * ({@code schema.postgres.sql}). Also the tools whose subject is both engines at once: the linter
     * (rules on the SQLite text and on its PostgreSQL translation), the schema reference (a column's
     * type on each engine) and the code generator's cross-engine check; and the classes that open a
     * private in-memory SQLite database as a scratch catalog, which chooses an engine but never
     * branches on the configured one.
     */
    static boolean mayKnowEngines(String className) {
        String rel = className.substring(BASE.length() + 1);
        return rel.startsWith("engine.") || rel.startsWith("translate.") || rel.startsWith("config.")
                || rel.startsWith("lint.") || rel.startsWith("docs.")
                || Set.of("module.EngineFiles", "module.EngineSlots", "codegen.PostgresCheck", "codegen.ScratchSchema",
                        "migrate.Baseline", "migrate.ScratchCatalog", "cli.command.GenerateCommand").contains(rel);
    }
}
