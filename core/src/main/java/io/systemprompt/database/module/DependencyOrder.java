package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Orders modules so that each comes after its dependencies (Kahn's algorithm). Among modules that are
 * ready at the same time the smallest key goes first, so the order never depends on file-system or
 * class-path listing order.
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    /** The modules in install order; fails on unknown dependencies and cycles. */
    static List<DatabaseModule> sort(SortedMap<String, DatabaseModule> byKey) {
        checkKnown(byKey);
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (DatabaseModule m : byKey.values()) {
            missing.put(m.key(), m.dependencies().size());
            m.dependencies().forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(m.key()));
        }
        List<DatabaseModule> order = drain(byKey, missing, dependents);
        if (order.size() < byKey.size()) {
            throw cycle(byKey, missing);
        }
        return order;
    }

    /** Repeatedly takes the smallest ready key; {@code missing} counts each module's uninstalled dependencies. */
    private static List<DatabaseModule> drain(SortedMap<String, DatabaseModule> byKey, Map<String, Integer> missing,
            Map<String, List<String>> dependents) {
        TreeSet<String> ready = new TreeSet<>();
        missing.forEach((k, n) -> {
            if (n == 0) {
                ready.add(k);
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

    private static void checkKnown(SortedMap<String, DatabaseModule> byKey) {
        for (DatabaseModule m : byKey.values()) {
            for (String dep : m.dependencies()) {
                if (!byKey.containsKey(dep)) {
                    throw new ModuleDiscoveryException(Reason.UNKNOWN_DEPENDENCY, "Module discovery: module '"
                            + m.key() + "' (" + m.location() + "/module.yaml) depends on '" + dep
                            + "', which no module root holds. Known modules: " + byKey.keySet()
                            + ". Fix the key in module.yaml or add the missing module's root.");
                }
            }
        }
    }

    /** Walks unresolved dependencies from the smallest stuck key until a key repeats. */
    private static ModuleDiscoveryException cycle(SortedMap<String, DatabaseModule> byKey,
            Map<String, Integer> missing) {
        TreeSet<String> stuck = new TreeSet<>();
        missing.forEach((k, n) -> {
            if (n > 0) {
                stuck.add(k);
            }
        });
        LinkedHashMap<String, Integer> path = new LinkedHashMap<>();
        String key = stuck.first();
        while (!path.containsKey(key)) {
            path.put(key, path.size());
            key = new TreeSet<>(byKey.get(key).dependencies()).stream()
                    .filter(stuck::contains).findFirst().orElseThrow();
        }
        List<String> keys = new ArrayList<>(path.keySet()).subList(path.get(key), path.size());
        String shown = String.join(" -> ", keys) + " -> " + key;
        return new ModuleDiscoveryException(Reason.CYCLE, "Module discovery: the module dependencies form a cycle: "
                + shown + ". Remove one of these dependencies from its module.yaml.");
    }
}
