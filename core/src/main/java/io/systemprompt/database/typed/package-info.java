/**
 * Typed table access, the runtime of the code {@code spdb generate} writes: the generated accessors,
 * input types and filters are thin, typed front ends over {@link io.systemprompt.database.typed.TableAccess},
 * {@link io.systemprompt.database.typed.ColumnValues} and {@link io.systemprompt.database.typed.TableFilter}.
 * Every value is bound as a parameter and every table and column name comes from the generated
 * definition and is quoted, never from a caller's text.
 */
package io.systemprompt.database.typed;
