package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.LoadResult;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.load.Loader;

import io.systemprompt.database.Database;

import java.nio.file.Path;

/** Restores a backup archive: verify the whole archive first, then load it in one transaction. */
public final class Restorer {
    private Restorer() {
    }

    public static LoadResult restore(Database db, Path archive, boolean replace, ProgressListener listener) {
        try (Archive a = Archive.open(archive)) {
            return new Loader(db, replace, new ProgressTracker("restore", listener),
                    "Restore into an empty database, or replace this one (spdb restore --yes).").load(new ArchiveSource(a));
        }
    }
}
