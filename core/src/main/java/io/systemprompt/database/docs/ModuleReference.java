package io.systemprompt.database.docs;

import java.util.List;

/**
 * One module of the reference.
 *
 * @param key          the module key
 * @param version      the declared version
 * @param dependencies keys of the modules it declares it needs
 * @param dependents   keys of the modules that declare they need it
 * @param files        its SQL files, relative to the module folder, in the order they run
 * @param migrations   its migrations in version order
 * @param tables       the tables it creates, by name
 */
public record ModuleReference(String key, String version, List<String> dependencies, List<String> dependents,
        List<String> files, List<MigrationEntry> migrations, List<TableReference> tables) {

    /** Copies the lists. */
    public ModuleReference {
        dependencies = List.copyOf(dependencies);
        dependents = List.copyOf(dependents);
        files = List.copyOf(files);
        migrations = List.copyOf(migrations);
        tables = List.copyOf(tables);
    }

    /**
     * One migration of the module.
     *
     * @param version the version text
     * @param file    the file name
     * @param state   {@code applied}, {@code pending}, {@code changed} or {@code missing} when read from a live
     *                database; {@code ""} for a scratch one, where every migration is applied by construction
     */
    public record MigrationEntry(String version, String file, String state) {
    }
}
