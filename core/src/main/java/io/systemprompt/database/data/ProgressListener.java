package io.systemprompt.database.data;

/**
 * Receives progress of export, import, backup, restore and copy: {@link #progress} every few thousand
 * rows and at each table change, {@link #finished} once at the end. The command line draws it on a
 * terminal. Calls come from the thread running the operation.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = p -> {
    };

    /** Called as work advances. */
    void progress(Progress progress);

    /** Called once when the operation completed successfully, with the final counts. */
    default void finished(Progress progress) {
    }
}
