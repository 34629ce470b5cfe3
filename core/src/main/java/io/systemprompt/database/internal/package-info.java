/**
 * Small helpers shared by the packages above. Not a supported API.
 */
package io.systemprompt.database.internal;
