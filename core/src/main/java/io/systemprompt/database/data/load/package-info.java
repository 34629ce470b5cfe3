/**
 * Loading rows into a database in one verified transaction: from files (import), from an archive
 * or from another database (copy); batch inserts and moving id sequences past copied ids. Not exported.
 */
package io.systemprompt.database.data.load;
