package io.systemprompt.database.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server on a loopback port, for tests of replicas, failover and PgBouncer: made
 * with {@code initdb} (or {@code pg_basebackup} from another one), started with {@code pg_ctl}, removed on
 * close. As root the server programs run as the {@code postgres} user, which they require. The
 * PostgreSQL binaries are found under {@code /usr/lib/postgresql/<version>/bin} or with {@code pg_config}.
 */
public final class PgCluster implements AutoCloseable {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final String OWNER = ROOT ? "postgres" : System.getProperty("user.name");

    private final Path dir;
    private final int port;
    private boolean running;

    private PgCluster(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** True when the PostgreSQL server programs are installed here. */
    public static boolean available() {
        return bin() != null;
    }

    /**
     * A new primary that accepts streaming replicas, trust auth on 127.0.0.1.
     *
     * @param extraConf extra postgresql.conf lines, e.g. {@code synchronous_standby_names = '*'}
     */
    public static PgCluster primary(int port, String... extraConf) {
        PgCluster c = new PgCluster(newDir("primary-" + port), port);
        c.run(List.of(bin() + "/initdb", "-D", c.dir.toString(), "-U", "postgres", "-A", "trust", "--no-sync",
                "-E", "UTF8", "--locale=C"));
        List<String> conf = new ArrayList<>(List.of("port = " + port, "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + c.dir + "'", "wal_level = replica", "max_wal_senders = 10",
                "hot_standby = on", "fsync = off", "shared_buffers = 16MB", "max_connections = 60"));
        conf.addAll(List.of(extraConf));
        c.appendConf(conf);
        c.append("pg_hba.conf", List.of("host replication all 127.0.0.1/32 trust", "host all all 127.0.0.1/32 trust"));
        c.start();
        return c;
    }

    /** A streaming replica of {@code primary}, taken with {@code pg_basebackup}, on its own port. */
    public static PgCluster replicaOf(PgCluster primary, int port, String applicationName) {
        PgCluster c = new PgCluster(newDir("replica-" + port), port);
        c.run(List.of(bin() + "/pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(primary.port), "-U", "postgres",
                "-D", c.dir.toString(), "-R", "-X", "stream", "--no-sync", "-c", "fast"));
        // pg_basebackup -R writes primary_conninfo into postgresql.auto.conf, which wins over postgresql.conf.
        c.append("postgresql.auto.conf", List.of("port = " + port, "unix_socket_directories = '" + c.dir + "'",
                "primary_conninfo = 'host=127.0.0.1 port=" + primary.port + " user=postgres application_name="
                        + applicationName + "'",
                // Only the primary waits for a synchronous standby; once promoted, this server must not.
                "synchronous_standby_names = ''"));
        c.start();
        return c;
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** A superuser connection to the {@code postgres} database. */
    public Connection connect() throws SQLException {
        return connect("postgres");
    }

    /** A superuser connection to a database of this server. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** Runs SQL as the superuser in {@code database}. */
    public void sql(String database, String sql) {
        try (Connection c = connect(database); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        Path log = dir.getParent().resolve("server.log");
        try {
            run(List.of(bin() + "/pg_ctl", "-D", dir.toString(), "-l", log.toString(), "-w", "-t", "60", "start"));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nserver log:\n" + readQuietly(log), e);
        }
        running = true;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(none)";
        }
    }

    /** Stops the server at once, as a crash would (no checkpoint). */
    public void crash() {
        run(List.of(bin() + "/pg_ctl", "-D", dir.toString(), "-m", "immediate", "-w", "stop"));
        running = false;
    }

    /** Promotes a replica to primary and waits until it accepts writes. */
    public void promote() {
        run(List.of(bin() + "/pg_ctl", "-D", dir.toString(), "-w", "-t", "60", "promote"));
    }

    @Override
    public void close() {
        if (running) {
            try {
                run(List.of(bin() + "/pg_ctl", "-D", dir.toString(), "-m", "immediate", "-w", "stop"));
            } catch (RuntimeException e) {
                // Already gone: the folder is removed below all the same.
            }
        }
        delete(dir);
    }

    private void appendConf(List<String> lines) {
        append("postgresql.conf", lines);
    }

    private void append(String file, List<String> lines) {
        try {
            Path p = dir.resolve(file);
            String body = Files.readString(p);
            String added = String.join("\n", lines) + "\n";
            Files.writeString(p, file.equals("pg_hba.conf") ? added + body : body + "\n" + added);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command) {
        runAs(command, dir.getParent());
    }

    /** Runs a server program as the cluster owner; fails with its output when it fails. */
    public static String runAs(List<String> command, Path workDir) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", OWNER, "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A folder the cluster owner can write, under the system's temporary folder. */
    public static Path newDir(String name) {
        try {
            Path base = Files.createTempDirectory("spdb-" + name + "-");
            if (ROOT) {
                new ProcessBuilder("chown", OWNER + ":", base.toString()).start().waitFor();
            }
            return base.resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path data) {
        Path root = data.getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the folder is under the temporary folder.
        }
    }

    static String bin() {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString)).map(Path::toString).orElse(null);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
