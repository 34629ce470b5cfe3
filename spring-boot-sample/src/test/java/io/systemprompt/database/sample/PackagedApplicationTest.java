package io.systemprompt.database.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.systemprompt.database.testing.PostgresScratch;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged application with {@code java -jar}, as it runs in production: module SQL is read
 * from {@code BOOT-INF/classes} ({@code sample/notes}) and from a jar in {@code BOOT-INF/lib}
 * ({@code core/*}) through {@code jar:nested:} URLs, migrated before the application serves, then read
 * over HTTP through a {@code JdbcTemplate}, the health endpoint and the {@code spdb} endpoint.
 */
class PackagedApplicationTest {
    private static final Path JAR = Path.of(System.getProperty("sample.jar", "target/sample-app.jar")).toAbsolutePath();
    /** Start-up on a busy 2-core machine takes a few seconds; this only bounds a hang. */
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void servesMigratedModulesFromThePackagedJarOnSqlite() throws Exception {
        JsonNode spdb = runAndRead(Map.of(), "--systemprompt.database.file=" + dir.resolve("state/app.db"));
        assertThat(spdb.get("engine").asText()).isEqualTo("sqlite");
        assertThat(dir.resolve("state/app.db")).isRegularFile();
    }

    @Test
    void servesMigratedModulesFromThePackagedJarOnPostgres() throws Exception {
        try (PostgresScratch pg = PostgresScratch.create()) {
            JsonNode spdb = runAndRead(pg.env());
            assertThat(spdb.get("engine").asText()).isEqualTo("postgres");
        }
    }

    /** Starts the jar, checks what every test checks, returns the spdb endpoint's document; always stops it. */
    private JsonNode runAndRead(Map<String, String> env, String... args) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                JAR.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("POSTGRES_")
                || k.startsWith("DB_") || k.startsWith("SYSTEMPROMPT_"));
        pb.environment().putAll(env);
        Path log = dir.resolve("app.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process app = pb.start();
        try {
            String base = "http://127.0.0.1:" + port;
            JsonNode health = awaitHealth(app, base + "/actuator/health", log);

            assertThat(health.get("status").asText()).as(Files.readString(log)).isEqualTo("UP");
            JsonNode component = health.path("components").path("systempromptDatabase");
            assertThat(component.path("status").asText()).isEqualTo("UP");
            assertThat(component.path("details").path("pending").asInt(-1)).isZero();

            JsonNode notes = get(base + "/notes");
            assertThat(notes).hasSize(1);
            assertThat(notes.get(0).get("body").asText()).isEqualTo("first note");
            assertThat(notes.get(0).get("username").asText()).isEqualTo("admin");

            JsonNode spdb = get(base + "/actuator/spdb");
            List<String> modules = StreamSupport.stream(spdb.path("modules").path("list").spliterator(), false)
                    .map(m -> m.get("key").asText() + "=" + m.get("state").asText()).toList();
            assertThat(modules).contains("core/users=installed", "core/config=installed", "sample/notes=installed");
            assertThat(spdb.path("migrations").path("list").toString()).contains("001_add_pinned.sql");
            assertThat(spdb.get("upToDate").asBoolean()).isTrue();
            return spdb;
        } finally {
            app.destroy();
            if (!app.waitFor(15, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private JsonNode awaitHealth(Process app, String url, Path log) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application exited with " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                return JSON.readTree(r.body());
            } catch (ConnectException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the application did not answer within " + START_LIMIT + ":\n" + Files.readString(log));
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
