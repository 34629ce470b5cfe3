package io.systemprompt.database.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a running process's peak resident set size from {@code /proc}, for machines without GNU time. */
final class RssPoller {
    private static final long POLL_MS = 10;

    private RssPoller() {
    }

    /** Polls {@code VmHWM} (the kernel's own high-water mark) until the process exits; -1 if unreadable. */
    static long pollUntilExit(Process p) throws InterruptedException {
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        long peak = -1;
        while (p.isAlive()) {
            peak = Math.max(peak, read(status));
            Thread.sleep(POLL_MS);
        }
        return peak;
    }

    private static long read(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process may exit between two reads; the last value read stands.
        }
        return -1;
    }
}
