import com.example.db.app.default_.AuditLog;
import com.example.db.app.default_.AuditLogFilter;
import com.example.db.app.default_.AuditLogs;
import com.example.db.app.default_.Countries;
import com.example.db.app.default_.Country;
import com.example.db.app.default_.CreateAuditLog;
import com.example.db.app.default_.CreateCountry;
import com.example.db.app.default_.CreateGroup;
import com.example.db.app.default_.CreateMembership;
import com.example.db.app.default_.CreateSample;
import com.example.db.app.default_.Group;
import com.example.db.app.default_.GroupFilter;
import com.example.db.app.default_.Groups;
import com.example.db.app.default_.Membership;
import com.example.db.app.default_.Memberships;
import com.example.db.app.default_.Sample;
import com.example.db.app.default_.SampleFilter;
import com.example.db.app.default_.Samples;
import com.example.db.app.default_.UpdateCountry;
import com.example.db.app.default_.UpdateGroup;
import com.example.db.app.default_.UpdateMembership;
import com.example.db.app.default_.UpdateSample;
import com.example.db.app.reports.CreateReportRun;
import com.example.db.app.reports.ReportRun;
import com.example.db.app.reports.ReportRuns;
import io.systemprompt.database.Database;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Drives every generated accessor of the test tree against a migrated database; throws on a mismatch. */
public class AppDefaultDriver implements Consumer<Database> {
    private static final Instant WHEN = Instant.parse("2024-03-01T12:34:56.789Z");
    private static final LocalDate DAY = LocalDate.of(2024, 2, 29);

    /** A driver. */
    public AppDefaultDriver() {
        // Stateless.
    }

    @Override
    public void accept(Database db) {
        long groupId = groups(db);
        samples(db);
        keys(db, groupId);
        noPrimaryKey(db);
        transactions(db);
        ReportRun run = ReportRuns.of(db).create(new CreateReportRun(groupId));
        equal(ReportRuns.of(db).findById(run.id()), Optional.of(run), "report run read back");
    }

    private static long groups(Database db) {
        Groups groups = Groups.of(db);
        Group a = groups.create(new CreateGroup("a"));
        check(a.id() > 0, "generated id");
        equal(a.order(), 0L, "default order");
        equal(a.key(), Optional.empty(), "NULL key");
        equal(a.default_(), false, "default FALSE");
        Group b = groups.create(new CreateGroup("b").withOrder(5).withKey("k").withDefault(true));
        equal(b, new Group(b.id(), "b", 5, Optional.of("k"), true), "given values");
        equal(groups.findById(a.id()), Optional.of(a), "findById");
        equal(groups.findByName("b"), Optional.of(b), "findByName (unique)");
        equal(groups.findByName("zz"), Optional.empty(), "findByName of nothing");
        equal(groups.find(new GroupFilter().whereDefault(true)), List.of(b), "equality on a reserved-word column");
        equal(groups.find(new GroupFilter().whereKeyIsNull()), List.of(a), "IS NULL");
        equal(groups.find(new GroupFilter().whereKeyIsNotNull()), List.of(b), "IS NOT NULL");
        equal(groups.find(new GroupFilter().whereKey(null)), List.of(a), "null equality is IS NULL");
        equal(groups.find(new GroupFilter().orderByDescending(Group.Column.ORDER).limit(1)), List.of(b), "order, limit");
        equal(groups.find(new GroupFilter().orderBy(Group.Column.NAME).limit(1).offset(1)), List.of(b), "offset");
        equal(groups.find(new GroupFilter().orderBy(Group.Column.KEY)), List.of(a, b), "NULLs first ascending");
        equal(groups.find(new GroupFilter().orderByDescending(Group.Column.KEY)), List.of(b, a), "NULLs last descending");
        equal(groups.find(new GroupFilter().offset(1)), List.of(b), "offset without limit, key order");
        equal(groups.count(new GroupFilter().whereNameIn(List.of("a", "b", "c"))), 2L, "IN");
        equal(groups.count(new GroupFilter().whereNameIn(List.of())), 0L, "empty IN");
        equal(groups.findAll(), List.of(a, b), "all, in key order");
        Group changed = groups.update(b.id(), new UpdateGroup().withKey(null).withOrder(7)).orElseThrow();
        equal(changed, new Group(b.id(), "b", 7, Optional.empty(), true), "update writes only given columns");
        equal(groups.update(b.id(), new UpdateGroup()), Optional.of(changed), "empty update reads the row");
        equal(groups.update(9999, new UpdateGroup().withOrder(1)), Optional.empty(), "update of no row");
        check(groups.delete(b.id()), "delete");
        check(!groups.delete(b.id()), "delete twice");
        equal(groups.count(new GroupFilter()), 1L, "count after delete");
        return a.id();
    }

    private static void samples(Database db) {
        Samples samples = Samples.of(db);
        byte[] bytes = {0, 1, 2, (byte) 255};
        Sample plain = samples.create(new CreateSample(1L << 40, 0.1, "plain", true, WHEN, DAY, bytes, "{\"a\": [1, 2]}"));
        equal(plain.big(), 1L << 40, "BIGINT");
        equal(plain.ratio(), 0.1, "REAL");
        equal(plain.flag(), true, "BOOLEAN");
        equal(plain.happenedAt(), WHEN, "TIMESTAMP");
        equal(plain.day(), DAY, "DATE");
        check(Arrays.equals(plain.data(), bytes), "BLOB");
        equal(plain.doc(), "{\"a\": [1, 2]}", "JSON keeps its text");
        equal(plain.status(), Sample.Status.NEW, "CHECK default as enum");
        check(plain.bigNull().isEmpty() && plain.ratioNull().isEmpty() && plain.note().isEmpty()
                && plain.flagNull().isEmpty() && plain.happenedNull().isEmpty() && plain.dayNull().isEmpty()
                && plain.dataNull().isEmpty() && plain.docNull().isEmpty() && plain.priority().isEmpty()
                && plain.rating().isEmpty(), "NULLs are empty");
        check(plain.createdAt() != null, "DEFAULT CURRENT_TIMESTAMP");

        Sample full = samples.create(new CreateSample(-3, -2.5, "full", false, WHEN, DAY, new byte[0], "[]")
                .withBigNull(7L).withRatioNull(0.5).withNote("n").withFlagNull(false).withHappenedNull(WHEN)
                .withDayNull(DAY).withDataNull(bytes).withDocNull("{}").withStatus(Sample.Status.IN_PROGRESS)
                .withPriority(Sample.Priority.HIGH).withRating(5L));
        Sample read = samples.findById(full.id()).orElseThrow();
        equal(read.bigNull(), Optional.of(7L), "nullable BIGINT");
        equal(read.ratioNull(), Optional.of(0.5), "nullable REAL");
        equal(read.note(), Optional.of("n"), "nullable TEXT");
        equal(read.flagNull(), Optional.of(false), "nullable BOOLEAN");
        equal(read.happenedNull(), Optional.of(WHEN), "nullable TIMESTAMP");
        equal(read.dayNull(), Optional.of(DAY), "nullable DATE");
        check(Arrays.equals(read.dataNull().orElseThrow(), bytes), "nullable BLOB");
        equal(read.docNull(), Optional.of("{}"), "nullable JSON");
        equal(read.status(), Sample.Status.IN_PROGRESS, "enum with a stored text that is not its name");
        equal(read.priority(), Optional.of(Sample.Priority.HIGH), "nullable enum");
        equal(read.rating(), Optional.of(5L), "column added by a migration");
        equal(db.queryValue("SELECT status FROM samples WHERE id = ?", String.class, full.id()),
                Optional.of("in-progress"), "stored text");
        equal(db.queryValue("SELECT id FROM samples WHERE status = ?", Long.class, Sample.Status.IN_PROGRESS),
                Optional.of(full.id()), "an enum binds as its stored text in hand-written SQL");

        equal(samples.count(new SampleFilter().whereStatus(Sample.Status.IN_PROGRESS)), 1L, "enum equality");
        equal(samples.count(new SampleFilter().whereStatusIn(List.of(Sample.Status.NEW, Sample.Status.DONE))), 1L,
                "enum IN");
        equal(samples.count(new SampleFilter().wherePriorityIsNull()), 1L, "enum IS NULL");
        equal(samples.count(new SampleFilter().whereHappenedAt(WHEN).whereDay(DAY).whereFlag(false)), 1L,
                "timestamp, date and boolean equality");
        equal(samples.count(new SampleFilter().whereRatioIn(List.of(0.1, -2.5))), 2L, "double IN");

        Sample updated = samples.update(full.id(), new UpdateSample().withPriority(null).withStatus(Sample.Status.DONE)
                .withNote(null).withRating(null)).orElseThrow();
        equal(updated.priority(), Optional.empty(), "set NULL");
        equal(updated.status(), Sample.Status.DONE, "set enum");
        equal(updated.note(), Optional.empty(), "set NULL text");
        equal(updated.label(), "full", "untouched column");
        check(samples.delete(plain.id()), "delete sample");
        equal(samples.findAll().size(), 1, "one sample left");
    }

    private static void keys(Database db, long groupId) {
        Countries countries = Countries.of(db);
        Country de = countries.create(new CreateCountry("de", "Germany"));
        equal(countries.findById("de"), Optional.of(de), "natural key");
        equal(countries.update("de", new UpdateCountry().withName("Deutschland")).map(Country::name),
                Optional.of("Deutschland"), "update by natural key");
        Memberships memberships = Memberships.of(db);
        Membership m = memberships.create(new CreateMembership(groupId, "de", Membership.Role.OWNER));
        equal(memberships.findById(groupId, "de"), Optional.of(m), "composite key");
        equal(memberships.findById(groupId, "fr"), Optional.empty(), "composite key, no row");
        equal(memberships.update(groupId, "de", new UpdateMembership().withRole(Membership.Role.MEMBER))
                .map(Membership::role), Optional.of(Membership.Role.MEMBER), "update by composite key");
        check(memberships.delete(groupId, "de"), "delete by composite key");
        check(countries.delete("de"), "delete by natural key");
    }

    private static void noPrimaryKey(Database db) {
        AuditLogs log = AuditLogs.of(db);
        AuditLog first = log.create(new CreateAuditLog("hello"));
        equal(first.message(), "hello", "row returned without a key");
        check(first.at() != null, "default returned without a key");
        log.create(new CreateAuditLog("again").withAt(WHEN));
        equal(log.find(new AuditLogFilter().whereMessage("again")).get(0).at(), WHEN, "find without a key");
        equal(log.count(new AuditLogFilter()), 2L, "count without a key");
    }

    private static void transactions(Database db) {
        long before = Groups.of(db).count(new GroupFilter());
        try {
            db.useTransaction(tx -> {
                Groups.of(tx).create(new CreateGroup("inside"));
                equal(Groups.of(tx).count(new GroupFilter()), before + 1, "seen inside the transaction");
                throw new IllegalStateException("roll back");
            });
            throw new AssertionError("the transaction did not throw");
        } catch (IllegalStateException expected) {
            equal(Groups.of(db).count(new GroupFilter()), before, "rolled back with the transaction");
        }
        long id = db.transaction(tx -> Groups.of(tx).create(new CreateGroup("kept")).id());
        equal(Groups.of(db).findById(id).map(Group::name), Optional.of("kept"), "committed with the transaction");
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    static void equal(Object actual, Object expected, String what) {
        if (!Objects.equals(actual, expected)) {
            throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
