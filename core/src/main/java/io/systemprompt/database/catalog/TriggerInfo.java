package io.systemprompt.database.catalog;

/**
 * One trigger.
 *
 * @param name  the trigger name
 * @param table the table it fires on
 */
public record TriggerInfo(String name, String table) {
}
