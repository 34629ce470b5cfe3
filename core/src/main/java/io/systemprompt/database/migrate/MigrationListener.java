package io.systemprompt.database.migrate;

/** Follows a run's progress, e.g. to draw a progress bar. Called on the running thread. */
public interface MigrationListener {
    /** Does nothing. */
    MigrationListener NONE = new MigrationListener() { };

    /** Before the first step, with the number of steps. */
    default void started(int steps) {
    }

    /** After each step commits. */
    default void stepDone(AppliedStep step) {
    }
}
