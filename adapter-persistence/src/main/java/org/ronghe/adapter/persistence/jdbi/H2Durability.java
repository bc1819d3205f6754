package org.ronghe.adapter.persistence.jdbi;

import java.util.Locale;

/**
 * How an H2 URL is opened so that an acknowledged write survives a killed process (docs/adr/0002,
 * docs/adr/0010). H2 writes committed changes to disk lazily by default (WRITE_DELAY 500 ms).
 * <ul>
 * <li>An embedded file database commits in groups: the store is written by {@link H2GroupCommit}
 * before a transaction returns, H2's own writer keeps its default delay.</li>
 * <li>Any other H2 URL (in memory, a server, AUTO_SERVER) gets {@code WRITE_DELAY=0}: every commit
 * writes the store.</li>
 * <li>A URL that sets WRITE_DELAY itself is taken as it is, and commits one at a time.</li>
 * </ul>
 */
final class H2Durability {

    /** What the transactions of a store must do for durability. */
    enum Commits {
        /** Not H2: the database makes each commit durable, concurrently. */
        CONCURRENT,
        /** H2 writing its store on each commit (or as its URL says): one transaction at a time. */
        ONE_AT_A_TIME,
        /** Embedded H2 file: one transaction at a time, written to disk in groups. */
        IN_GROUPS
    }

    /** The URL to open and how its commits are made durable. */
    record Plan(String url, Commits commits) {
    }

    private H2Durability() {
    }

    static Plan plan(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return new Plan(url, Commits.CONCURRENT);
        }
        String upper = url.toUpperCase(Locale.ROOT);
        if (upper.contains(";WRITE_DELAY=")) {
            return new Plan(url, Commits.ONE_AT_A_TIME);
        }
        return embeddedFile(upper) ? new Plan(url, Commits.IN_GROUPS)
                : new Plan(url + ";WRITE_DELAY=0", Commits.ONE_AT_A_TIME);
    }

    /** A database file this process opens itself: not in memory, not served, not shared by AUTO_SERVER. */
    private static boolean embeddedFile(String upperUrl) {
        String location = upperUrl.substring("JDBC:H2:".length());
        return !location.startsWith("MEM:") && !location.startsWith("TCP:") && !location.startsWith("SSL:")
                && !location.startsWith("ZIP:") && !upperUrl.contains(";AUTO_SERVER=TRUE");
    }
}
