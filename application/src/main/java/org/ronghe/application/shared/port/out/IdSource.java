package org.ronghe.application.shared.port.out;

import java.util.UUID;

/** Where new aggregate ids come from. */
@FunctionalInterface
public interface IdSource {

    UUID next();

    /** Version 4 UUIDs: random in all 122 bits. */
    static IdSource random() {
        return UUID::randomUUID;
    }

    /**
     * Version 7 UUIDs (RFC 9562): the millisecond first, then a counter, then random bits, so ids made
     * later sort later. New rows then land at the right edge of each primary key and index instead of
     * on a random page, which a store writes back on every commit (BENCHMARKS.md).
     */
    static IdSource timeOrdered() {
        return new TimeOrderedIds(System::currentTimeMillis);
    }
}
