package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import io.systemprompt.database.module.RootSource.RawFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the {@code .sql} files directly inside a module's {@code database/migrations/} into
 * {@link Migration}s. The grammar is
 * {@code <version>_<description>[.sqlite|.postgres][.rollback].sql}: the version is digits, optionally
 * dotted; the description is letters, digits, {@code _} and {@code -}. Any other {@code .sql} name is
 * an error; files not ending in {@code .sql} (a README) and sub-folders are ignored.
 */
final class MigrationFiles {

    /** The pattern, as shown in error messages. */
    static final String EXPECTED = "<version>_<description>.sql, e.g. 001_add_priority.sql, with the down script "
            + "001_add_priority.rollback.sql and engine overrides 001_add_priority.postgres.sql, "
            + "001_add_priority.sqlite.sql, 001_add_priority.postgres.rollback.sql (version: digits, optionally "
            + "dotted like 1.2.1; description: letters, digits, _ and -)";

    private static final String FOLDER = "migrations/";

    private static final Pattern NAME = Pattern.compile(
            "(\\d+(?:\\.\\d+)*)_([A-Za-z0-9_-]+?)(?:\\.(sqlite|postgres))?(\\.rollback)?\\.sql");

    private MigrationFiles() {
    }

    /** One forward/rollback group, keyed by {@code <version>_<description>}. */
    private static final class Group {
        MigrationVersion version;
        String description;
        final EngineSlots up = new EngineSlots();
        final EngineSlots down = new EngineSlots();
        String anyLocation;
    }

    /** Parses the files (path relative to {@code database/}) of one module, sorted by version. */
    static List<Migration> parse(String moduleKey, Map<String, RawFile> databaseFiles) {
        Map<String, Group> groups = new TreeMap<>();
        databaseFiles.forEach((rel, raw) -> {
            if (rel.startsWith(FOLDER) && rel.indexOf('/', FOLDER.length()) < 0) {
                addFile(moduleKey, rel.substring(FOLDER.length()), raw, groups);
            }
        });
        List<Migration> migrations = new ArrayList<>();
        groups.forEach((base, g) -> migrations.add(toMigration(moduleKey, base, g)));
        migrations.sort(Comparator.comparing(Migration::version));
        checkDuplicates(moduleKey, migrations);
        return migrations;
    }

    private static void addFile(String moduleKey, String name, RawFile raw, Map<String, Group> groups) {
        Matcher m = NAME.matcher(name);
        MigrationVersion version = m.matches() ? version(m.group(1)) : null;
        if (version == null) {
            throw new ModuleDiscoveryException(Reason.BAD_MIGRATION_NAME, "Module discovery: module '"
                    + moduleKey + "': the migration file " + raw.location() + " does not match " + EXPECTED
                    + ". Rename the file.");
        }
        Group g = groups.computeIfAbsent(m.group(1) + "_" + m.group(2), k -> new Group());
        g.version = version;
        g.description = m.group(2);
        g.anyLocation = raw.location();
        EngineSlots slots = m.group(4) == null ? g.up : g.down;
        slots.put(EngineSlots.engine(m.group(3)), raw.toSql());
    }

    private static MigrationVersion version(String text) {
        try {
            return MigrationVersion.parse(text);
        } catch (IllegalArgumentException e) {
            return null; // a segment too large for a long: reported as a bad name
        }
    }

    private static Migration toMigration(String moduleKey, String base, Group g) {
        if (!g.up.hasGeneric() && !g.down.isEmpty() && g.up.isEmpty()) {
            throw new ModuleDiscoveryException(Reason.ORPHAN_ROLLBACK, "Module discovery: module '" + moduleKey
                    + "': the rollback file " + g.anyLocation + " has no forward migration " + base
                    + ".sql. Add the forward migration or delete the rollback file.");
        }
        EngineFiles up = g.up.toFiles(moduleKey, base + ".sql");
        EngineFiles down = g.down.toFiles(moduleKey, base + ".rollback.sql");
        return new Migration(moduleKey, g.version, g.description, up, down);
    }

    private static void checkDuplicates(String moduleKey, List<Migration> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            Migration a = sorted.get(i - 1);
            Migration b = sorted.get(i);
            if (a.version().equals(b.version())) {
                throw new ModuleDiscoveryException(Reason.DUPLICATE_VERSION, "Module discovery: module '"
                        + moduleKey + "' has two migrations with the same version (" + a.version() + " = " + b.version() + "): "
                        + a.up().generic().location() + " and " + b.up().generic().location()
                        + ". Give one of them a new, higher version.");
            }
        }
    }
}
