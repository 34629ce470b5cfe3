package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;

import io.systemprompt.database.history.HistorySnapshot;

import java.util.ArrayList;
import java.util.List;

/** Module and migration history as {@code module@version} keys, to compare two databases or an archive. */
public final class HistoryKeys {
    private HistoryKeys() {
    }

    public static List<String> modules(HistorySnapshot h) {
        return h.schemas().stream().map(s -> key(s.module(), s.version())).sorted().toList();
    }

    public static List<String> migrations(HistorySnapshot h) {
        return h.migrations().stream().map(m -> key(m.module(), m.version())).toList();
    }

    private static String key(String module, String version) {
        return module + "@" + version;
    }

    /** Fails when the target's installed history differs from the source's. */
    static void requireSame(String source, List<String> modules, List<String> migrations, HistorySnapshot target) {
        List<String> problems = new ArrayList<>();
        diff("module", modules, modules(target), problems);
        diff("migration", migrations.stream().sorted().toList(), migrations(target).stream().sorted().toList(),
                problems);
        if (!problems.isEmpty()) {
            throw new DataException("The module roots do not give the schema " + source + " was taken with: "
                    + String.join("; ", problems) + ". Nothing was changed. Point DB_MODULE_ROOTS at the same"
                    + " modules (and migrate the source first if it has pending migrations).");
        }
    }

    private static void diff(String what, List<String> expected, List<String> actual, List<String> problems) {
        expected.stream().filter(k -> !actual.contains(k)).forEach(k -> problems.add(what + " " + k + " is missing"));
        actual.stream().filter(k -> !expected.contains(k)).forEach(k -> problems.add(what + " " + k + " is extra"));
    }
}
