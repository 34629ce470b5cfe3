package io.systemprompt.database.data;

/** What an import does with a row whose primary key or unique key already exists. */
public enum OnConflict {
    /** Fail the whole import (the default). */
    FAIL,
    /** Keep the existing row ({@code ON CONFLICT DO NOTHING}). */
    SKIP,
    /** Overwrite the existing row's other columns ({@code ON CONFLICT (pk) DO UPDATE}); needs a primary key. */
    UPDATE;

    /** By name, case-insensitive. */
    public static OnConflict parse(String name) {
        for (OnConflict c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new DataException("Unknown on-conflict mode '" + name + "'. Use fail, skip or update.");
    }
}
