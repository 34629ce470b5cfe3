/**
 * Module schemas: discovery results, installed versions, drift, and installation.
 */
package io.systemprompt.database.schema;
