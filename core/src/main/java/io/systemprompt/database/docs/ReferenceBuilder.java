package io.systemprompt.database.docs;

import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.ColumnInfo;
import io.systemprompt.database.catalog.ForeignKeyInfo;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.catalog.TriggerInfo;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.script.SqlDocs;
import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.translate.PostgresTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Joins the modules on disk with a catalog (and, for a live database, its migration plan). */
final class ReferenceBuilder {
    private final ModuleSet modules;
    private final Catalog catalog;
    private final EngineType engine;
    private final MigrationPlan plan;
    private final Map<String, String> owner = new HashMap<>();
    private final SqlDocs comments = new SqlDocs();
    private final Map<String, List<String>> changedBy = new HashMap<>();

    ReferenceBuilder(ModuleSet modules, Catalog catalog, EngineType engine, MigrationPlan plan) {
        this.modules = modules;
        this.catalog = catalog;
        this.engine = engine;
        this.plan = plan;
    }

    SchemaReference build() {
        for (DatabaseModule m : modules.list()) {
            readScripts(m);
        }
        List<ModuleReference> out = new ArrayList<>();
        for (DatabaseModule m : modules.list()) {
            out.add(module(m));
        }
        return new SchemaReference(engine, plan != null, out, unowned());
    }

    /** Owners, comments and changes from the module's files, in the order they run. */
    private void readScripts(DatabaseModule m) {
        m.schemaFiles().flatMap(this::runs).ifPresent(f -> {
            ScriptTargets targets = ScriptTargets.of(f.content());
            targets.created().forEach(t -> owner.putIfAbsent(t, m.key()));
            comments.read(f);
        });
        for (Migration migration : m.migrations()) {
            migration.upFor(engine).ifPresent(f -> {
                ScriptTargets targets = ScriptTargets.of(f.content());
                targets.created().forEach(t -> owner.putIfAbsent(t, m.key()));
                comments.read(f);
                String entry = m.key() + " " + migration.version() + " " + migration.fileName();
                for (String t : union(targets)) {
                    changedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(entry);
                }
            });
        }
    }

    private Optional<SqlFile> runs(EngineFiles files) {
        return files.forEngine(engine);
    }

    private static List<String> union(ScriptTargets targets) {
        List<String> all = new ArrayList<>(targets.created());
        targets.changed().stream().filter(t -> !all.contains(t)).forEach(all::add);
        return all;
    }

    private ModuleReference module(DatabaseModule m) {
        List<String> dependents = modules.list().stream()
                .filter(d -> d.dependencies().contains(m.key()))
                .map(DatabaseModule::key).toList();
        List<TableReference> tables = catalog.tables().stream()
                .filter(t -> m.key().equals(ownerOf(t.name())))
                .map(this::table).toList();
        return new ModuleReference(m.key(), m.version(), m.dependencies(), dependents, files(m), migrations(m), tables);
    }

    private List<String> files(DatabaseModule m) {
        List<String> files = new ArrayList<>();
        m.schemaFiles().ifPresent(f -> f.all().forEach(x -> files.add("database/" + x.fileName())));
        m.initFiles().ifPresent(f -> f.all().forEach(x -> files.add("database/" + x.fileName())));
        for (Migration migration : m.migrations()) {
            migration.up().all().forEach(x -> files.add("database/migrations/" + x.fileName()));
            if (migration.rollback() != null) {
                migration.rollback().all().forEach(x -> files.add("database/migrations/" + x.fileName()));
            }
        }
        return files;
    }

    private List<ModuleReference.MigrationEntry> migrations(DatabaseModule m) {
        Map<String, String> states = new LinkedHashMap<>();
        if (plan != null) {
            for (MigrationStatus s : plan.migrations()) {
                if (s.module().equals(m.key())) {
                    states.put(s.version(), s.state().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<ModuleReference.MigrationEntry> out = new ArrayList<>();
        for (Migration migration : m.migrations()) {
            String version = migration.version().toString();
            out.add(new ModuleReference.MigrationEntry(version, migration.fileName(),
                    plan == null ? "" : states.getOrDefault(version, "pending")));
        }
        return out;
    }

    String ownerOf(String table) {
        return owner.getOrDefault(table.toLowerCase(Locale.ROOT), "");
    }

    private TableReference table(TableInfo t) {
        String key = t.name().toLowerCase(Locale.ROOT);
        Map<String, String> columnComments = new HashMap<>();
        Map<String, String> pgTypes = new HashMap<>();
        for (ColumnInfo col : t.columns()) {
            String name = col.name().toLowerCase(Locale.ROOT);
            columnComments.put(name, comments.column(t.name(), col.name()));
            pgTypes.put(name, engine == EngineType.POSTGRES ? col.type() : PostgresTypes.of(col.type(), rowidAlias(t, col)));
        }
        List<TriggerInfo> triggers = catalog.triggers().stream().filter(x -> x.table().equalsIgnoreCase(t.name())).toList();
        return new TableReference(ownerOf(t.name()), t, comments.table(t.name()), columnComments, pgTypes,
                triggers, incoming(t), changedBy.getOrDefault(key, List.of()));
    }

    private static boolean rowidAlias(TableInfo t, ColumnInfo col) {
        return t.primaryKey().size() == 1 && t.primaryKey().get(0).equalsIgnoreCase(col.name())
                && col.type().strip().equalsIgnoreCase("INTEGER");
    }

    private List<TableReference.IncomingKey> incoming(TableInfo target) {
        List<TableReference.IncomingKey> in = new ArrayList<>();
        for (TableInfo t : catalog.tables()) {
            for (ForeignKeyInfo fk : t.foreignKeys()) {
                if (fk.referencedTable().equalsIgnoreCase(target.name())) {
                    in.add(new TableReference.IncomingKey(t.name(), ownerOf(t.name()), fk));
                }
            }
        }
        return in;
    }

    private List<TableReference> unowned() {
        return catalog.tables().stream()
                .filter(t -> ownerOf(t.name()).isEmpty() && !t.name().startsWith("_"))
                .map(this::table).toList();
    }
}
