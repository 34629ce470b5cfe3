package io.systemprompt.database.spring;

import io.systemprompt.database.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/spdb}: what {@code spdb status --format json} shows (engine, location, round trip,
 * pool, every module and migration with its state). Read-only; expose it with
 * {@code management.endpoints.web.exposure.include=health,spdb}.
 */
@Endpoint(id = "spdb")
public class SpdbEndpoint {
    private final Database database;

    /** Reports on {@code database}. */
    public SpdbEndpoint(Database database) {
        this.database = database;
    }

    /** The status document. */
    @ReadOperation
    public Map<String, Object> status() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("command", "status");
        doc.putAll(StatusReport.health(database.health()));
        doc.putAll(StatusReport.plan(database.migrationService().status()));
        return doc;
    }
}
