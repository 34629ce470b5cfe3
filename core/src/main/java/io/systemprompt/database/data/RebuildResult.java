package io.systemprompt.database.data;

/**
 * What {@code rebuild} did.
 *
 * @param tablesDropped   tables dropped, tracking and undeclared tables included
 * @param viewsDropped    views dropped
 * @param triggersDropped triggers dropped
 * @param modules         module schemas installed afterwards
 * @param migrations      migrations applied afterwards
 */
public record RebuildResult(int tablesDropped, int viewsDropped, int triggersDropped, int modules, int migrations) {
}
