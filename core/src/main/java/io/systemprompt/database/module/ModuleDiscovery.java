package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds database modules under module roots. Discovery is pure: it reads files and class-path
 * resources and never opens a database connection, and every problem it finds is raised (as a
 * {@link ModuleDiscoveryException}) before anything runs.
 *
 * <p>A module is a folder below a root holding a {@code module.yaml}, a {@code database/} folder, or
 * both; its key is its path relative to the root ({@code core/auth}). Inside {@code database/}:
 * {@code schema.sql}, {@code init.sql} (each with optional {@code .sqlite.sql}/{@code .postgres.sql}
 * overrides) and {@code migrations/} (see {@link Migration}). Every file is read and hashed once.
 *
 * <p>Class-path roots list every folder and jar that holds the prefix; jars must contain directory
 * entries (as Maven and the {@code jar} tool write them). The same key in two places is an error.
 */
public final class ModuleDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleDiscovery.class);

    private ModuleDiscovery() {
    }

    /** What discovery does with a root folder that does not exist. */
    public enum MissingRoot {
        /** A missing root is an error: the user named it. */
        FAIL,
        /** A missing root is skipped: it is one of the documented defaults. */
        SKIP
    }

    /**
     * Discovers modules under roots the user named; a missing root is an error.
     *
     * @throws ModuleDiscoveryException on any problem in the roots
     */
    public static ModuleSet discover(List<ModuleRoot> roots) {
        return discover(roots, MissingRoot.FAIL);
    }

    /** Discovers modules under {@link ModuleRoot#DEFAULTS}, skipping a default root that does not exist. */
    public static ModuleSet discover() {
        return discover(ModuleRoot.DEFAULTS, MissingRoot.SKIP);
    }

    /** Discovers modules under roots, failing on or skipping a root that does not exist. */
    public static ModuleSet discover(List<ModuleRoot> roots, MissingRoot missing) {
        return discover(roots, missing == MissingRoot.FAIL, ChecksumCache.Policy.OFF);
    }

    /**
     * Discovers modules using the checksum cache (see the package documentation): with
     * {@code trustCache} a SQL file whose size and modification time (a jar entry: size and CRC-32)
     * match the cache is neither read, hashed nor lexed until its text is needed (a warm start);
     * without it every file is hashed and the cache refreshed (a full check such as validate).
     */
    static ModuleSet cached(List<ModuleRoot> roots, boolean rootsRequired, boolean trustCache) {
        return discover(roots, rootsRequired, trustCache ? ChecksumCache.Policy.TRUST : ChecksumCache.Policy.REFRESH);
    }

    private static ModuleSet discover(List<ModuleRoot> roots, boolean rootsRequired, ChecksumCache.Policy policy) {
        Map<String, DatabaseModule> byKey = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (ModuleRoot root : roots) {
            for (RootSource source : RootScanner.scan(root, rootsRequired, warnings, policy)) {
                ModuleAssembler.assemble(source, warnings).forEach(m -> addUnique(byKey, m));
            }
        }
        ModuleSet set = ModuleSet.of(byKey.values()).withWarnings(warnings);
        set.disabled().forEach(m -> LOG.info("Module '{}' is disabled (enabled: false in {}/module.yaml) and is skipped",
                m.key(), m.location()));
        return set;
    }

    /** Fails on a second module with the same key, naming both folders (the folders name their roots). */
    private static void addUnique(Map<String, DatabaseModule> byKey, DatabaseModule m) {
        DatabaseModule old = byKey.putIfAbsent(m.key(), m);
        if (old != null) {
            throw new ModuleDiscoveryException(Reason.DUPLICATE_KEY, "Module discovery: the module key '"
                    + m.key() + "' is found in two places: " + old.location() + " and " + m.location()
                    + ". Remove or rename one of the two folders, or drop one of the roots.");
        }
    }
}
