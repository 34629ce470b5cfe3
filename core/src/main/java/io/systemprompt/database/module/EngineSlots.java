package io.systemprompt.database.module;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import io.systemprompt.database.script.SqlFile;

/** Collects a generic file and its engine overrides while scanning, then checks the set. */
final class EngineSlots {
    private SqlFile generic;
    private SqlFile sqlite;
    private SqlFile postgres;

    /** Stores a file; a null engine means the generic file. */
    void put(EngineType engine, SqlFile file) {
        if (engine == null) {
            generic = file;
        } else if (engine == EngineType.SQLITE) {
            sqlite = file;
        } else {
            postgres = file;
        }
    }

    boolean isEmpty() {
        return generic == null && sqlite == null && postgres == null;
    }

    boolean hasGeneric() {
        return generic != null;
    }

    /**
     * The files, or null when there are none.
     *
     * @throws ModuleDiscoveryException ORPHAN_OVERRIDE when an override has no generic file next to it
     */
    EngineFiles toFiles(String moduleKey, String genericName) {
        if (isEmpty()) {
            return null;
        }
        if (generic == null) {
            SqlFile orphan = sqlite != null ? sqlite : postgres;
            throw new ModuleDiscoveryException(Reason.ORPHAN_OVERRIDE, "Module discovery: module '"
                    + moduleKey + "': the engine override " + orphan.location() + " has no generic file "
                    + genericName + " next to it. Add " + genericName
                    + " (the SQLite-dialect file every engine falls back to) or remove the override.");
        }
        return new EngineFiles(generic, sqlite, postgres);
    }

    /** Parses {@code sqlite}/{@code postgres} from a file-name suffix; null for none. */
    static EngineType engine(String suffix) {
        return suffix == null ? null : EngineType.parse(suffix);
    }
}
