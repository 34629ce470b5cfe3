package io.systemprompt.database.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link DataOperations#restore(RestoreOptions, ProgressListener)} restores:
 * {@code RestoreOptions.from(archive)}, or {@code RestoreOptions.from(archive).replacing()} for a
 * target that holds data.
 *
 * @param archive a zip written by {@link DataOperations#backup}
 * @param replace replace what the target holds; without it the target must be empty
 */
public record RestoreOptions(Path archive, boolean replace) {

    /** The archive may not be null. */
    public RestoreOptions {
        Objects.requireNonNull(archive, "archive");
    }

    /** Restores this archive into an empty database. */
    public static RestoreOptions from(Path archive) {
        return new RestoreOptions(archive, false);
    }

    /** Replaces whatever the target holds. */
    public RestoreOptions replacing() {
        return replace(true);
    }

    /** Replaces whatever the target holds when {@code on}; otherwise the target must be empty. */
    public RestoreOptions replace(boolean on) {
        return new RestoreOptions(archive, on);
    }
}
