package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes with several threads until killed, printing {@code OK <id>} only after the transaction that
 * wrote {@code id} returned. Used by {@link SqliteGroupCommitTest} to check durability after kill -9.
 */
public final class GroupCommitWriterMain {
    private GroupCommitWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DatabaseConfig.builder().sqlite(args[0]).autoMigrate(false).build());
        db.execute("CREATE TABLE acked (id INTEGER PRIMARY KEY)");
        db.execute("CREATE TABLE acked_part (id INTEGER PRIMARY KEY)");
        AtomicLong next = new AtomicLong();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                while (true) {
                    long id = next.incrementAndGet();
                    db.useTransaction(tx -> {
                        tx.execute("INSERT INTO acked (id) VALUES (?)", id);
                        tx.execute("INSERT INTO acked_part (id) VALUES (?)", id);
                    });
                    synchronized (System.out) {
                        System.out.println("OK " + id);
                        System.out.flush();
                    }
                }
            });
            threads[t].start();
        }
        threads[0].join();
    }
}
