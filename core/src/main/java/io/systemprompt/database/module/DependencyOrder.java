package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders modules so that each comes after its dependencies (Kahn's algorithm). Among modules that are
 * ready at the same time the smallest key goes first, so the order never depends on file-system or
 * class-path listing order.
 *
 * <p>{@code module.yaml} lists runtime dependencies, and real trees have cycles in them. The edges
 * used are the declared dependencies minus those inside a cycle, plus the foreign keys the files
 * contain ({@code REFERENCES} a table another module creates). A cycle is logged with the order chosen;
 * only foreign keys that themselves form a cycle between modules are an error. A foreign key to a
 * module that is not a dependency is followed, with a warning naming the line to add to
 * {@code module.yaml}.
 */
final class DependencyOrder {
    private static final Logger LOG = LoggerFactory.getLogger(DependencyOrder.class);

    private DependencyOrder() {
    }

    /** The modules in install order; dependencies must already be keys. Warnings are logged and added. */
    static List<DatabaseModule> sort(SortedMap<String, DatabaseModule> byKey, List<String> warnings) {
        Map<String, Set<String>> declared = new TreeMap<>();
        byKey.values().forEach(m -> declared.put(m.key(), new TreeSet<>(m.dependencies())));
        Map<String, Integer> component = Components.of(declared);
        Map<String, Set<String>> edges = new TreeMap<>();
        Map<List<String>, SchemaObject> foreignKeys = new HashMap<>();
        declared.forEach((m, deps) -> {
            Set<String> kept = new TreeSet<>();
            deps.stream().filter(d -> !component.get(d).equals(component.get(m))).forEach(kept::add);
            edges.put(m, kept);
        });
        TableOwners owners = TableOwners.of(byKey);
        for (String m : byKey.keySet()) {
            for (SchemaObject ref : owners.foreignReferences(m)) {
                String owner = owners.owner(ref.name());
                edges.get(m).add(owner);
                foreignKeys.putIfAbsent(List.of(m, owner), ref);
            }
        }
        List<DatabaseModule> order = drain(byKey, edges);
        if (order.size() < byKey.size()) {
            throw foreignKeyCycle(order, edges, foreignKeys);
        }
        List<String> keys = order.stream().map(DatabaseModule::key).toList();
        warnCycles(declared, component, keys, warnings);
        warnUndeclared(byKey, foreignKeys, warnings);
        return order;
    }

    /** Repeatedly takes the smallest ready key. */
    private static List<DatabaseModule> drain(SortedMap<String, DatabaseModule> byKey, Map<String, Set<String>> edges) {
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>();
        edges.forEach((m, deps) -> {
            missing.put(m, deps.size());
            deps.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(m));
            if (deps.isEmpty()) {
                ready.add(m);
            }
        });
        List<DatabaseModule> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String key = ready.pollFirst();
            order.add(byKey.get(key));
            for (String dependent : dependents.getOrDefault(key, List.of())) {
                if (missing.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return order;
    }

    private static void warnCycles(Map<String, Set<String>> declared, Map<String, Integer> component,
            List<String> order, List<String> warnings) {
        Map<Integer, List<String>> members = new TreeMap<>();
        declared.forEach((m, deps) -> {
            if (deps.contains(m) || deps.stream().anyMatch(d -> component.get(d).equals(component.get(m)))) {
                members.computeIfAbsent(component.get(m), c -> new ArrayList<>()).add(m);
            }
        });
        for (List<String> cycle : members.values()) {
            Set<String> inCycle = new HashSet<>(cycle);
            String shown = path(declared, new TreeSet<>(cycle).first(), inCycle);
            List<String> chosen = order.stream().filter(inCycle::contains).toList();
            warnings.add(WarnOnce.warn(LOG, "The module dependencies form a cycle: " + shown + ". module.yaml lists "
                    + "runtime dependencies, so the cycle is allowed; its modules install in the order " + chosen
                    + ", taken from the foreign keys in their files (then by key)."));
        }
    }

    private static void warnUndeclared(SortedMap<String, DatabaseModule> byKey,
            Map<List<String>, SchemaObject> foreignKeys, List<String> warnings) {
        List<Map.Entry<List<String>, SchemaObject>> sorted = new ArrayList<>(foreignKeys.entrySet());
        sorted.sort(Map.Entry.comparingByKey((a, b) -> String.join("\0", a).compareTo(String.join("\0", b))));
        for (Map.Entry<List<String>, SchemaObject> e : sorted) {
            String m = e.getKey().get(0);
            String owner = e.getKey().get(1);
            if (!reaches(byKey, m, owner)) {
                SchemaObject ref = e.getValue();
                warnings.add(WarnOnce.warn(LOG, ref.where() + ": module '" + m + "' references the table '"
                        + ref.name() + "' of module '" + owner + "', which it does not depend on; it is installed "
                        + "after '" + owner + "' all the same. Add the line to " + byKey.get(m).location()
                        + "/module.yaml: dependencies: [" + String.join(", ", withDep(byKey.get(m), owner))
                        + "] (without it the install order is an accident, and PostgreSQL, unlike SQLite, "
                        + "refuses a foreign key to a missing table)."));
            }
        }
    }

    private static List<String> withDep(DatabaseModule m, String owner) {
        List<String> deps = new ArrayList<>(m.dependencies());
        deps.add(owner);
        return deps;
    }

    /** True when {@code to} is a direct or indirect declared dependency of {@code from}. */
    private static boolean reaches(SortedMap<String, DatabaseModule> byKey, String from, String to) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            for (String d : byKey.get(todo.remove(todo.size() - 1)).dependencies()) {
                if (d.equals(to)) {
                    return true;
                }
                if (seen.add(d)) {
                    todo.add(d);
                }
            }
        }
        return false;
    }

    /** Walks edges inside {@code within} from {@code start}, smallest key first, until a key repeats. */
    private static String path(Map<String, Set<String>> edges, String start, Set<String> within) {
        LinkedHashMap<String, Integer> seen = new LinkedHashMap<>();
        String key = start;
        while (!seen.containsKey(key)) {
            seen.put(key, seen.size());
            key = new TreeSet<>(edges.get(key)).stream().filter(within::contains).findFirst().orElseThrow();
        }
        List<String> keys = new ArrayList<>(seen.keySet()).subList(seen.get(key), seen.size());
        return String.join(" -> ", keys) + " -> " + key;
    }

    private static ModuleDiscoveryException foreignKeyCycle(List<DatabaseModule> done, Map<String, Set<String>> edges,
            Map<List<String>, SchemaObject> foreignKeys) {
        Set<String> stuck = new TreeSet<>(edges.keySet());
        done.forEach(m -> stuck.remove(m.key()));
        String shown = path(edges, ((TreeSet<String>) stuck).first(), stuck);
        String[] keys = shown.split(" -> ");
        List<String> tables = new ArrayList<>();
        for (int i = 0; i + 1 < keys.length; i++) {
            SchemaObject ref = foreignKeys.get(List.of(keys[i], keys[i + 1]));
            if (ref != null) {
                tables.add(keys[i] + " references " + ref.name() + " of " + keys[i + 1] + " (" + ref.where() + ")");
            }
        }
        return new ModuleDiscoveryException(Reason.CYCLE, "Module discovery: the modules cannot be ordered: "
                + shown + ", and foreign keys require this order: " + String.join("; ", tables)
                + ". Move one of these tables (or its foreign key, through a migration) into the other module.");
    }
}
