package io.systemprompt.database.module;

import io.systemprompt.database.config.DatabaseConfig;

import java.util.List;

/**
 * The modules of one database: discovered from its configured roots once, then reused, so each
 * file is read and hashed once per process unless asked to look again. Folder roots go through the
 * checksum cache (a file unchanged in size and modification time is not read until its text is
 * needed); {@link #verified()} hashes every file.
 */
public final class ModuleSource {
    private final List<ModuleRoot> roots;
    private final boolean rootsRequired;
    private volatile ModuleSet modules;

    /** Modules from the configured roots; the default roots may be absent, explicit ones may not. */
    public ModuleSource(DatabaseConfig config) {
        this.roots = config.moduleRoots().stream().map(ModuleRoot::parse).toList();
        this.rootsRequired = !config.moduleRoots().equals(DatabaseConfig.DEFAULT_MODULE_ROOTS);
    }

    /** The roots searched. */
    public List<ModuleRoot> roots() {
        return roots;
    }

    /** The modules, discovered on first use. */
    public ModuleSet modules() {
        ModuleSet m = modules;
        if (m == null) {
            synchronized (this) {
                m = modules;
                if (m == null) {
                    m = ModuleDiscovery.cached(roots, rootsRequired, true);
                    modules = m;
                }
            }
        }
        return m;
    }

    /**
     * Reads and hashes every file of the roots, ignoring the checksum cache (and refreshing it), and
     * keeps the result for later calls.
     */
    public synchronized ModuleSet verified() {
        ModuleSet m = ModuleDiscovery.cached(roots, rootsRequired, false);
        modules = m;
        return m;
    }

    /** Reads the roots again. */
    public synchronized ModuleSet refresh() {
        modules = null;
        return modules();
    }
}
