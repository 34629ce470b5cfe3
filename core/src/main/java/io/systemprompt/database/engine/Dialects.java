package io.systemprompt.database.engine;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.postgres.PostgresDialect;
import io.systemprompt.database.engine.sqlite.SqliteDialect;

/** The one place that maps an engine to its dialect. */
public final class Dialects {
    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect POSTGRES = new PostgresDialect();

    private Dialects() {
    }

    /** The dialect for an engine. */
    public static Dialect forEngine(EngineType engine) {
        return engine == EngineType.SQLITE ? SQLITE : POSTGRES;
    }
}
