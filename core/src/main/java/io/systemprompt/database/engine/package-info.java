/**
 * The engine SPI: {@link io.systemprompt.database.engine.Dialect} holds every difference between engines; the core holds every decision.
 */
package io.systemprompt.database.engine;
