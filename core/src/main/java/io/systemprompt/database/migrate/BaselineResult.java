package io.systemprompt.database.migrate;

import java.util.List;

/**
 * The outcome of {@link MigrationService#baseline(boolean)}: one entry per module install and migration,
 * in install order.
 *
 * @param entries what was found for each
 * @param dryRun  true when nothing was written
 */
public record BaselineResult(List<BaselineEntry> entries, boolean dryRun) {

    /** Copies the list. */
    public BaselineResult {
        entries = List.copyOf(entries);
    }

    /** The entries in one state. */
    public List<BaselineEntry> entries(BaselineEntry.State state) {
        return entries.stream().filter(e -> e.state() == state).toList();
    }

    /** Counts by state, never the entries. */
    @Override
    public String toString() {
        return "BaselineResult[marked=" + entries(BaselineEntry.State.MARKED).size() + ", recorded="
                + entries(BaselineEntry.State.RECORDED).size() + ", differs=" + entries(BaselineEntry.State.DIFFERS).size()
                + ", pending=" + entries(BaselineEntry.State.PENDING).size() + (dryRun ? ", dry run" : "") + "]";
    }
}
