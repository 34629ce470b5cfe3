package io.systemprompt.database.cli;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code spdb --version} prints: spdb, the library, the SQLite driver and the SQLite engine it
 * embeds, pgjdbc and the Java runtime. Versions come from the Maven metadata that every bundled jar
 * carries, so a bug report names exactly what ran.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "spdb " + mavenVersion("systemprompt-database-cli"),
            "library     io.systemprompt:systemprompt-database " + mavenVersion("systemprompt-database"),
            "SQLite      " + sqlite(),
            "PostgreSQL  pgjdbc " + org.postgresql.util.DriverInfo.DRIVER_VERSION,
            "Java        " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        };
    }

    /** The version in a bundled jar's {@code pom.properties}; absent when run from a class folder. */
    private static String mavenVersion(String artifactId) {
        String path = "/META-INF/maven/io.systemprompt/" + artifactId + "/pom.properties";
        try (InputStream in = Version.class.getResourceAsStream(path)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: an unreadable version is not worth failing --version for
        }
        return "unknown (not run from a packaged jar)";
    }

    /** The driver's version and the engine's own {@code sqlite_version()}, from a private in-memory database. */
    private static String sqlite() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            DatabaseMetaData md = c.getMetaData();
            rs.next();
            return "sqlite-jdbc " + md.getDriverVersion() + ", engine " + rs.getString(1);
        } catch (SQLException e) {
            return "sqlite-jdbc unavailable: " + e.getMessage();
        }
    }
}
