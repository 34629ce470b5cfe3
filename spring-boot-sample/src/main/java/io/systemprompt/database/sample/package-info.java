/**
 * A Spring Boot application on the starter: its own module ({@code sample/notes}, in
 * {@code BOOT-INF/classes}) builds on the example modules of a dependency jar ({@code core/users} in
 * {@code BOOT-INF/lib}), and {@code /notes} reads them with a {@code JdbcTemplate} on the library's pool.
 */
package io.systemprompt.database.sample;
