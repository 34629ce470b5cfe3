package io.systemprompt.database.translate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What earlier statements told the translator: table shapes (for boolean literals and upsert keys)
 * and which table each translated trigger is on (PostgreSQL's DROP TRIGGER needs it). Reuse one
 * context for all modules' files in install order. Tables not defined in translated files come from
 * the optional fallback, which is wired to catalog introspection of the live database. Not
 * thread-safe: one install uses one context.
 */
public final class TranslationContext {
    private final Map<String, TableShape> tables = new HashMap<>();
    private final Map<String, String> triggerTables = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private String module;
    private final Function<String, Optional<TableShape>> fallback;

    /** A context that knows only what translated files define. */
    public TranslationContext() {
        this(name -> Optional.empty());
    }

    /** @param fallback looks up a table (lower-case name) in the live database */
    public TranslationContext(Function<String, Optional<TableShape>> fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The table's shape from translated statements, else from the fallback. */
    public Optional<TableShape> table(String name) {
        String key = key(name);
        TableShape known = tables.get(key);
        return known != null ? Optional.of(known) : fallback.apply(key);
    }

    /** Records (or replaces) a table's shape; the current module owns it if no module did before. */
    public void define(TableShape shape) {
        tables.put(shape.name(), shape);
        own(shape.name());
    }

    /**
     * Sets the module whose files are translated next, so tables and views they create are known as
     * that module's (a rollback dropping a table may take only its own module's dependents along).
     */
    public void module(String key) {
        this.module = key;
    }

    /** Records that the current module created the table or view {@code name}, unless another did first. */
    public void own(String name) {
        if (module != null) {
            owners.putIfAbsent(key(name), module);
        }
    }

    /** The tables and views the current module created in files this context translated. */
    public Set<String> ownedByCurrentModule() {
        Set<String> own = new TreeSet<>();
        owners.forEach((name, owner) -> {
            if (owner.equals(module)) {
                own.add(name);
            }
        });
        return own;
    }

    /** Forgets a dropped table and its triggers. */
    public void drop(String table) {
        String key = key(table);
        tables.remove(key);
        triggerTables.values().removeIf(key::equals);
    }

    /** Records that trigger {@code trigger} is on {@code table}. */
    public void defineTrigger(String trigger, String table) {
        triggerTables.put(key(trigger), key(table));
    }

    /** The table a translated trigger is on, if this context created it. */
    public Optional<String> triggerTable(String trigger) {
        return Optional.ofNullable(triggerTables.get(key(trigger)));
    }

    /** Forgets a dropped trigger. */
    public void dropTrigger(String trigger) {
        triggerTables.remove(key(trigger));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
