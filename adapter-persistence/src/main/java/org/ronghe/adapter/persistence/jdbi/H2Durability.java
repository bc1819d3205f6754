package org.ronghe.adapter.persistence.jdbi;

import java.util.Locale;

/**
 * H2 writes committed changes to disk lazily by default (WRITE_DELAY 500 ms): a process killed in
 * that window loses acknowledged writes. We set WRITE_DELAY=0 on every H2 URL that does not choose
 * otherwise, so a commit is on disk before it is acknowledged (see docs/adr/0002).
 */
final class H2Durability {

    private H2Durability() {
    }

    static String apply(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }
}
