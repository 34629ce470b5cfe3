package io.systemprompt.database.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real PgBouncer (the Debian package) in transaction pooling mode in front of one server, on a loopback
 * port, trusting the {@code postgres} user; stopped and removed on close.
 */
public final class PgBouncerProcess implements AutoCloseable {
    private final Path dir;
    private final int port;

    private PgBouncerProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** True when the {@code pgbouncer} program is installed. */
    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/sbin/pgbouncer"));
    }

    /** Starts PgBouncer on {@code port}, pooling by transaction to the server on {@code serverPort}. */
    public static PgBouncerProcess start(int port, int serverPort) {
        Path dir = PgCluster.newDir("pgbouncer-" + port).getParent();
        PgBouncerProcess b = new PgBouncerProcess(dir, port);
        String ini = String.join("\n",
                "[databases]",
                "* = host=127.0.0.1 port=" + serverPort,
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + dir.resolve("userlist.txt"),
                "pool_mode = transaction",
                "max_client_conn = 200",
                "default_pool_size = 8",
                // pgjdbc sends extra_float_digits at start-up; PgBouncer 1.18 only tracks a fixed set.
                "ignore_startup_parameters = extra_float_digits",
                "logfile = " + dir.resolve("pgbouncer.log"),
                "pidfile = " + dir.resolve("pgbouncer.pid"),
                "");
        try {
            Files.writeString(dir.resolve("pgbouncer.ini"), ini);
            Files.writeString(dir.resolve("userlist.txt"), "\"postgres\" \"\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PgCluster.runAs(List.of("/usr/sbin/pgbouncer", "-d", dir.resolve("pgbouncer.ini").toString()), dir);
        b.awaitListening();
        return b;
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    private void awaitListening() {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        throw new IllegalStateException("PgBouncer did not listen on " + port + "; see " + dir.resolve("pgbouncer.log"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            String pid = Files.readString(dir.resolve("pgbouncer.pid")).strip();
            new ProcessBuilder("kill", "-TERM", pid).start().waitFor();
        } catch (IOException | InterruptedException e) {
            // Not running: nothing to stop.
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort.
        }
    }
}
