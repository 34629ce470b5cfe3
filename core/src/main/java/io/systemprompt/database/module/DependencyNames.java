package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the dependencies written in {@code module.yaml} into module keys. A key ({@code core/users})
 * is taken as is; a bare name ({@code users}) names the one module whose last key segment or
 * {@code name:} equals it. A name matching several modules, or none, is an error before anything runs.
 */
final class DependencyNames {

    private DependencyNames() {
    }

    /** The modules with every dependency written as a key. */
    static SortedMap<String, DatabaseModule> resolve(SortedMap<String, DatabaseModule> byKey,
            Collection<DatabaseModule> disabled) {
        SortedMap<String, DatabaseModule> resolved = new TreeMap<>();
        for (DatabaseModule m : byKey.values()) {
            Set<String> keys = new LinkedHashSet<>();
            for (String dep : m.dependencies()) {
                keys.add(resolve(m, dep, byKey, disabled));
            }
            resolved.put(m.key(), m.dependencies().equals(List.copyOf(keys)) ? m : m.withDependencies(List.copyOf(keys)));
        }
        return resolved;
    }

    private static String resolve(DatabaseModule m, String dep, Map<String, DatabaseModule> byKey,
            Collection<DatabaseModule> disabled) {
        if (byKey.containsKey(dep)) {
            return dep;
        }
        List<String> candidates = new ArrayList<>();
        for (DatabaseModule o : byKey.values()) {
            if (!dep.contains("/") && (o.simpleName().equals(dep) || dep.equals(o.name()))) {
                candidates.add(o.key());
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String where = m.location() + "/module.yaml";
        if (candidates.size() > 1) {
            throw new ModuleDiscoveryException(Reason.AMBIGUOUS_DEPENDENCY, "Module discovery: module '" + m.key()
                    + "' (" + where + ") depends on '" + dep + "', which matches " + candidates.size()
                    + " modules: " + candidates + ". Write the module key instead of the bare name, e.g. '"
                    + candidates.get(0) + "'.");
        }
        for (DatabaseModule d : disabled) {
            if (d.key().equals(dep) || d.simpleName().equals(dep) || dep.equals(d.name())) {
                throw new ModuleDiscoveryException(Reason.UNKNOWN_DEPENDENCY, "Module discovery: module '" + m.key()
                        + "' (" + where + ") depends on '" + dep + "', which is disabled (enabled: false in "
                        + d.location() + "/module.yaml). Enable it, or disable '" + m.key() + "' too.");
            }
        }
        throw new ModuleDiscoveryException(Reason.UNKNOWN_DEPENDENCY, "Module discovery: module '" + m.key() + "' ("
                + where + ") depends on '" + dep + "', which no module root holds (neither as a key nor as a "
                + "module name). Known modules: " + byKey.keySet()
                + ". Fix the dependency in module.yaml or add the missing module's root.");
    }
}
