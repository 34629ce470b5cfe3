/**
 * Whole-database maintenance: clear every row, drop every object, rebuild from the module roots.
 * The engine-specific part of each is the engine's {@link io.systemprompt.database.engine.Maintenance}.
 * Not exported.
 */
package io.systemprompt.database.data.maintenance;
