package io.systemprompt.database.cli;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DataOpsCommandsContract} on sqlite, plus the SQLite file backup. */
class SqliteDataOpsCommandsTest extends DataOpsCommandsContract {

    @Override
    String engine() {
        return "sqlite";
    }

    @Test
    void backupToADbFileIsAConsistentSqliteCopy() throws SQLException {
        assertThat(ok("backup", "copy.db").out()).contains("Wrote the SQLite copy");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("copy.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        fails(ExitCodes.FAILURE, "backup", "copy.db");
    }

    @Test
    void helpOfEveryDataCommandHasExamples() {
        for (String[] cmd : new String[][] {{"clear"}, {"rebuild"}, {"data"}, {"data", "export"}, {"data", "import"},
                {"data", "copy"}, {"backup"}, {"restore"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Spdb.Result r = spdb.run(args);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).contains("Usage:", "Examples:");
        }
    }
}
