package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The result of discovery: every module, in install order. Each module comes after the modules it
 * depends on, and ties are broken by key, so the order is the same on every machine. Immutable.
 */
public final class ModuleSet {
    private final List<DatabaseModule> ordered;
    private final SortedMap<String, DatabaseModule> byKey;
    private final List<DatabaseModule> disabled;
    private final List<String> warnings;

    private ModuleSet(List<DatabaseModule> ordered, SortedMap<String, DatabaseModule> byKey,
            List<DatabaseModule> disabled, List<String> warnings) {
        this.ordered = List.copyOf(ordered);
        this.byKey = byKey;
        this.disabled = List.copyOf(disabled);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Leaves out disabled modules, resolves bare dependency names to keys, checks that no two modules
     * create the same table, and orders the modules (see {@link DependencyOrder}).
     *
     * @throws ModuleDiscoveryException DUPLICATE_KEY, UNKNOWN_DEPENDENCY, AMBIGUOUS_DEPENDENCY,
     *                                  DUPLICATE_TABLE or CYCLE (foreign keys that cannot be ordered)
     */
    public static ModuleSet of(Collection<DatabaseModule> modules) {
        SortedMap<String, DatabaseModule> byKey = new TreeMap<>();
        List<DatabaseModule> disabled = new ArrayList<>();
        for (DatabaseModule m : modules) {
            if (!m.enabled()) {
                disabled.add(m);
                continue;
            }
            DatabaseModule old = byKey.put(m.key(), m);
            if (old != null) {
                throw new ModuleDiscoveryException(Reason.DUPLICATE_KEY, "Module discovery: the module key '"
                        + m.key() + "' is found twice: " + old.location() + " and " + m.location()
                        + ". Remove or rename one of the two folders, or drop one of the roots.");
            }
        }
        SortedMap<String, DatabaseModule> resolved = DependencyNames.resolve(byKey, disabled);
        List<String> warnings = new ArrayList<>();
        List<DatabaseModule> ordered = DependencyOrder.sort(resolved, warnings);
        return new ModuleSet(ordered, resolved, disabled, warnings);
    }

    /** The same set with warnings found while reading the roots (missing default root, stray files) first. */
    ModuleSet withWarnings(List<String> rootWarnings) {
        if (rootWarnings.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(rootWarnings);
        all.addAll(warnings);
        return new ModuleSet(ordered, byKey, disabled, all);
    }

    /**
     * What discovery found worth a warning (also logged once per process): a missing default root,
     * stray {@code .sql} files, dependency cycles with the order chosen, and foreign keys to modules
     * that are not dependencies.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** Modules found with {@code enabled: false} in their {@code module.yaml}; they are never installed. */
    public List<DatabaseModule> disabled() {
        return disabled;
    }

    /** Every module, in install order. */
    public List<DatabaseModule> list() {
        return ordered;
    }

    /** The keys, in install order. */
    public List<String> keys() {
        return ordered.stream().map(DatabaseModule::key).toList();
    }

    /** The module with this key. */
    public Optional<DatabaseModule> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** True when discovery found no module. */
    public boolean isEmpty() {
        return ordered.isEmpty();
    }

    /** What the module needs, directly or not, in install order (without the module itself). */
    public List<DatabaseModule> dependenciesOf(String key) {
        return closure(key, m -> m.dependencies(), false);
    }

    /** The modules that need this one, directly or not, in install order. */
    public List<DatabaseModule> dependentsOf(String key) {
        return closure(key, m -> ordered.stream().filter(o -> o.dependencies().contains(m.key()))
                .map(DatabaseModule::key).toList(), false);
    }

    /** The module and everything it needs, in install order (the module comes last). */
    public List<DatabaseModule> withDependencies(String key) {
        return closure(key, m -> m.dependencies(), true);
    }

    private List<DatabaseModule> closure(String key, Function<DatabaseModule, List<String>> next, boolean self) {
        DatabaseModule start = require(key);
        Set<String> seen = new HashSet<>();
        Deque<DatabaseModule> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (String k : next.apply(todo.pop())) {
                if (seen.add(k)) {
                    todo.push(byKey.get(k));
                }
            }
        }
        if (self) {
            seen.add(key);
        } else {
            seen.remove(key); // a runtime cycle leads back to the start
        }
        return ordered.stream().filter(m -> seen.contains(m.key())).toList();
    }

    private DatabaseModule require(String key) {
        DatabaseModule m = byKey.get(key);
        if (m == null) {
            throw new ModuleDiscoveryException(Reason.UNKNOWN_MODULE, "Module discovery: no module '" + key
                    + "' was found. Known modules: " + byKey.keySet() + ". Check the key and the module roots.");
        }
        return m;
    }

    @Override
    public String toString() {
        return "ModuleSet[" + ordered.size() + " modules: " + String.join(", ", keys())
                + (disabled.isEmpty() ? "" : "; disabled: " + disabled.stream().map(DatabaseModule::key).toList()) + "]";
    }
}
