package io.systemprompt.database.data;

/**
 * What {@link DataOperations#clear(ClearOptions)} empties: {@code ClearOptions.moduleTables()}, or
 * {@code ClearOptions.moduleTables().withTracking()} for the tracking tables too.
 *
 * @param includeTracking also delete the rows of {@code _schema_versions} and {@code _migrations}
 */
public record ClearOptions(boolean includeTracking) {

    /** Every module table; the tracking tables keep their rows. */
    public static ClearOptions moduleTables() {
        return new ClearOptions(false);
    }

    /** The tracking tables too, so the next migrate installs everything again. */
    public ClearOptions withTracking() {
        return new ClearOptions(true);
    }
}
