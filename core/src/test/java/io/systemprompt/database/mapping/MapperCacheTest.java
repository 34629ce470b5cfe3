package io.systemprompt.database.mapping;

import io.systemprompt.database.Database;
import io.systemprompt.database.MappingException;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.Dialects;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapper binding kept per SQL text: reused only for the same column labels, rebuilt when the column
 * list of the same SQL changes, bounded in size, and mapping records of every component shape.
 */
class MapperCacheTest {
    private static final String ALL = "SELECT * FROM people ORDER BY id";

    @TempDir
    Path dir;

    public record Person(long id, String name, int age) {
    }

    /** Boxed, optional and converted components, and a type that is not public. */
    private record Profile(Long id, Optional<String> nick, Optional<Integer> age, Integer score, double ratio,
            Status status) {
    }

    enum Status { ACTIVE, GONE }

    @Test
    void theSameSqlOverAReorderedTableMapsByLabelNotByPosition() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            db.execute("INSERT INTO people VALUES (1, 'ada', 36), (2, 'bob', 41)");
            assertThat(db.query(ALL, Person.class))
                    .containsExactly(new Person(1, "ada", 36), new Person(2, "bob", 41));

            // Same SQL text, the columns now in another order: a kept positional binding would swap them.
            db.execute("DROP TABLE people");
            db.execute("CREATE TABLE people (age INTEGER, name TEXT, id INTEGER PRIMARY KEY)");
            db.execute("INSERT INTO people VALUES (36, 'ada', 1), (41, 'bob', 2)");
            assertThat(db.query(ALL, Person.class))
                    .containsExactly(new Person(1, "ada", 36), new Person(2, "bob", 41));

            // Another label set: an extra column first, still mapped by name.
            db.execute("DROP TABLE people");
            db.execute("CREATE TABLE people (note TEXT, id INTEGER PRIMARY KEY, age INTEGER, name TEXT)");
            db.execute("INSERT INTO people VALUES ('x', 1, 36, 'ada')");
            assertThat(db.query(ALL, Person.class)).containsExactly(new Person(1, "ada", 36));
        }
    }

    @Test
    void aColumnListThatLostAComponentFailsInsteadOfReusingTheOldBinding() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            db.execute("INSERT INTO people VALUES (1, 'ada', 36)");
            assertThat(db.query(ALL, Person.class)).containsExactly(new Person(1, "ada", 36));
            db.execute("DROP TABLE people");
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, years INTEGER)");
            db.execute("INSERT INTO people VALUES (1, 'ada', 36)");
            assertThatThrownBy(() -> db.query(ALL, Person.class))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("no column for age");
        }
    }

    @Test
    void theSameSqlReadAsTwoTypesKeepsABindingForEach() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            db.execute("INSERT INTO people VALUES (7, 'ada', 36)");
            String sql = "SELECT id, name, age FROM people";
            for (int round = 0; round < 3; round++) {
                assertThat(db.queryOne(sql, Person.class)).contains(new Person(7, "ada", 36));
                assertThat(db.queryValue(sql, Long.class)).contains(7L);
                assertThat(db.queryOne(sql, Named.class)).contains(new Named("ada"));
            }
        }
    }

    public record Named(String name) {
    }

    @Test
    void optionalBoxedAndConvertedComponentsOfANestedPrivateRecordMap() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE profiles (id INTEGER PRIMARY KEY, nick TEXT, age INTEGER, score INTEGER,"
                    + " ratio REAL, status TEXT)");
            db.execute("INSERT INTO profiles VALUES (1, 'a', 30, 5, 0.5, 'ACTIVE'), (2, NULL, NULL, NULL, 2, 'GONE')");
            String sql = "SELECT * FROM profiles ORDER BY id";
            for (int round = 0; round < 2; round++) { // the second round runs on the kept binding
                assertThat(db.query(sql, Profile.class)).containsExactly(
                        new Profile(1L, Optional.of("a"), Optional.of(30), 5, 0.5, Status.ACTIVE),
                        new Profile(2L, Optional.empty(), Optional.empty(), null, 2.0, Status.GONE));
            }
        }
    }

    @Test
    void aNullIntoAPrimitiveComponentIsAnErrorOnTheKeptBindingToo() {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            db.execute("INSERT INTO people VALUES (1, 'ada', 36)");
            String sql = "SELECT id, name, age FROM people WHERE id = ?";
            assertThat(db.queryOne(sql, Person.class, 1)).contains(new Person(1, "ada", 36));
            db.execute("INSERT INTO people VALUES (2, 'bob', NULL)");
            assertThatThrownBy(() -> db.queryOne(sql, Person.class, 2))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("'age' is NULL");
        }
    }

    @Test
    void manyDistinctSqlTextsKeepOnlyTheBound() throws Exception {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            db.execute("INSERT INTO people VALUES (1, 'ada', 36)");
            MapperCache cache = new MapperCache(8);
            RowMapper<Person> mapper = RowMappers.forType(Person.class);
            List<Person> mapped = new ArrayList<>();
            db.withConnection(c -> {
                for (int i = 0; i < 100; i++) {
                    mapped.add(mapOne(c, cache, "SELECT id, name, age FROM people WHERE id > " + (i - 100), mapper));
                    assertThat(cache.size()).isLessThanOrEqualTo(8);
                }
                return null;
            });
            assertThat(cache.size()).isEqualTo(8);
            assertThat(mapped).hasSize(100).containsOnly(new Person(1, "ada", 36));
            cache.clear();
            assertThat(cache.size()).isZero();
        }
    }

    @Test
    void anApplicationsOwnMapperIsNotKept() throws Exception {
        try (Database db = Database.open(TestDatabases.sqlite(dir).build())) {
            db.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
            db.execute("INSERT INTO people VALUES (1, 'ada', 36)");
            MapperCache cache = new MapperCache();
            RowMapper<Person> own = row -> new Person(row.get(1, Long.class), row.get(2, String.class), 0);
            Person p = db.withConnection(c -> mapOne(c, cache, "SELECT id, name FROM people", own));
            assertThat(p).isEqualTo(new Person(1, "ada", 0));
            assertThat(cache.size()).isZero();
        }
    }

    private static <T> T mapOne(Connection c, MapperCache cache, String sql, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            Row row = new Row(rs, Dialects.forEngine(EngineType.SQLITE).values());
            return cache.bind(sql, mapper, row).map(row);
        }
    }
}
