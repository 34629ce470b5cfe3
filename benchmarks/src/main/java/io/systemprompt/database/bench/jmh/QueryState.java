package io.systemprompt.database.bench.jmh;

import io.systemprompt.database.Database;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A fresh database per benchmark trial, with {@value #ROWS} rows to read and an empty table to
 * insert into. The API and the raw JDBC baseline share the same HikariCP pool ({@code db.dataSource()}).
 */
@State(Scope.Benchmark)
public class QueryState {
    static final int ROWS = 1_000;
    static final String POINT = "SELECT id, name, n FROM items WHERE id = ?";
    static final String RANGE = "SELECT id, name, n FROM items WHERE id >= ? AND id < ? ORDER BY id";
    static final String INSERT = "INSERT INTO ins (id, name, n) VALUES (?, ?, ?)";
    static final String UPDATE = "UPDATE items SET n = n + 1 WHERE id = ?";

    @Param({"sqlite", "postgres"})
    public String engine;

    Database db;
    DataSource raw;
    private Target target;
    private Path dir;
    private final SplittableRandom random = new SplittableRandom(42);
    private final AtomicLong nextInsert = new AtomicLong();

    /** Creates the database and its two tables, and loads the rows to read. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("spdb-jmh");
        target = Target.fresh("postgres".equals(engine) ? EngineType.POSTGRES : EngineType.SQLITE, dir);
        db = Database.open(target.config(List.of()).build());
        raw = db.dataSource();
        db.execute("CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(50), n INTEGER)");
        db.execute("CREATE TABLE ins (id BIGINT PRIMARY KEY, name VARCHAR(50), n INTEGER)");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(new Object[] {(long) i, "item " + i, i});
        }
        db.batch("INSERT INTO items (id, name, n) VALUES (?, ?, ?)", rows);
    }

    /** Closes the pool and drops the database. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        db.close();
        target.close();
        Files.deleteIfExists(dir);
    }

    /** A random existing id. */
    long anyId() {
        return 1 + random.nextInt(ROWS);
    }

    /** The first id of a 100-row range. */
    long rangeStart() {
        return 1 + random.nextInt(ROWS - 100);
    }

    /** A new id for an insert. */
    long newId() {
        return nextInsert.incrementAndGet();
    }
}
