/**
 * The schema reference ({@code spdb docs}): Markdown pages per module, Mermaid blocks and Graphviz
 * files, built from the catalog of a database with every module applied. Start at
 * {@link io.systemprompt.database.docs.SchemaDocs}.
 */
package io.systemprompt.database.docs;
