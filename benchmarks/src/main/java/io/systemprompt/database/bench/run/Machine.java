package io.systemprompt.database.bench.run;

import io.systemprompt.database.bench.report.Results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Records the machine and the versions a run used, so that its figures can be read in context. */
public final class Machine {
    private Machine() {
    }

    /** Adds the machine's and the software's facts to the results. */
    public static void describe(Results r, boolean postgres) {
        r.meta("cpus (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        r.meta("cpu model", procLine("/proc/cpuinfo", "model name"));
        r.meta("memory", procLine("/proc/meminfo", "MemTotal"));
        r.meta("load average at start", loadAverage());
        r.meta("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        r.meta("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        Properties v = versions();
        r.meta("versions", "library " + v.get("library") + ", Flyway " + v.get("flyway") + ", JMH " + v.get("jmh")
                + ", HikariCP " + v.get("hikaricp") + ", sqlite-jdbc " + v.get("sqlite-jdbc") + ", pgjdbc "
                + v.get("pgjdbc"));
        r.meta("SQLite (sqlite-jdbc)", sqliteVersion());
        r.meta("PostgreSQL server", postgres ? pgVersion() : "unreachable: PostgreSQL figures skipped");
        r.meta("sqlite3 tool", command(List.of("sqlite3", "--version")));
    }

    /** Other work on the machine skews every figure; the 1, 5 and 15 minute load averages say how much. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + ", " + f[1] + ", " + f[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = Machine.class.getResourceAsStream("/bench-versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Versions are informative; a missing file leaves them blank.
        }
        return p;
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String sqliteVersion() {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return query(c, "SELECT sqlite_version()");
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String pgVersion() {
        try (Connection c = Pg.connect("postgres")) {
            return query(c, "SHOW server_version");
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String command(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "not available";
        } catch (IOException e) {
            return "not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
