package org.ronghe.adapter.persistence.jdbi;

import java.util.Locale;

/**
 * H2 keeps the statements a session parsed in a cache of 8 by default; a signal's intake runs a dozen different ones
 * in its transaction, so each pushed out the next and every statement was parsed again, every time: the intake ran
 * about a third faster on an embedded H2 file with 64 (BENCHMARKS.md, "City cases"). A URL that sizes the cache itself
 * is taken as it is.
 */
final class H2QueryCache {

    /** More than the distinct statements of any one use case. */
    static final int STATEMENTS = 64;

    private H2QueryCache() {
    }

    static String sized(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(";QUERY_CACHE_SIZE=")) {
            return url;
        }
        return url + ";QUERY_CACHE_SIZE=" + STATEMENTS;
    }
}
