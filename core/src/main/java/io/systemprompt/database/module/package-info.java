/**
 * Module discovery: finds the database modules under module roots and orders them. Pure: it reads
 * files and class-path resources and never opens a connection.
 *
 * <pre>
 * &lt;root&gt;/core/auth/                      module key "core/auth"
 *   module.yaml                          name, version (default 0.0.0), dependencies: [core/users]
 *   database/schema.sql                  tables (optional: a module may have only migrations)
 *   database/schema.postgres.sql         override used on PostgreSQL (also .sqlite.sql)
 *   database/init.sql                    seed data (optional; overrides as for schema)
 *   database/migrations/001_add_x.sql            forward migration, version 001
 *   database/migrations/001_add_x.rollback.sql   its down script
 *   database/migrations/001_add_x.postgres.sql   forward override (also .postgres.rollback.sql, ...)
 * </pre>
 *
 * <p>Entry points: {@link io.systemprompt.database.module.ModuleDiscovery#discover(java.util.List)} and
 * {@link io.systemprompt.database.module.ModuleSet}. Problems are
 * {@link io.systemprompt.database.module.ModuleDiscoveryException}s raised before anything runs.
 */
package io.systemprompt.database.module;
