package org.ronghe.application.shared.port.out;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Version 7 UUIDs, increasing within this process: 48 bits of Unix milliseconds, the version, a
 * 12-bit counter that orders ids of the same millisecond (RFC 9562, method 1: when it runs out the
 * millisecond is borrowed from the next one), the variant and 62 random bits.
 */
final class TimeOrderedIds implements IdSource {

    private static final int COUNTER_MAX = 0xFFF;

    private final LongSupplier millis;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    TimeOrderedIds(LongSupplier millis) {
        this.millis = millis;
    }

    @Override
    public synchronized UUID next() {
        long now = millis.getAsLong();
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(COUNTER_MAX / 2); // a random start, with room to count up
        } else if (counter < COUNTER_MAX) {
            counter++;
        } else {
            lastMillis++; // more than the counter holds in one millisecond (or the clock went back)
            counter = 0;
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
