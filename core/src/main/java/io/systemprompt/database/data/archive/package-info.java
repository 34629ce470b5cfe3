/**
 * The backup archive (a zip of one file per table plus a manifest and the history), its writer and
 * reader, restore, and the single-file copy of an engine that can write one. Not exported.
 */
package io.systemprompt.database.data.archive;
