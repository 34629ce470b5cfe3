package io.systemprompt.database.migrate;

import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.module.DatabaseModule;

/**
 * One module in a plan.
 *
 * @param key     the module key
 * @param state   where it stands
 * @param module  the module on disk, or null when {@link ModuleState#MISSING}
 * @param applied its {@code _schema_versions} row, or null when {@link ModuleState#PENDING}
 * @param detail  for {@link ModuleState#CHANGED}: which file changed and both checksums; else null
 */
public record ModuleStatus(String key, ModuleState state, DatabaseModule module, AppliedSchema applied,
        String detail) {
}
