package org.ronghe.application.shared.port.out;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The application's source of time; tests and data sets set it, servers use the system clock. */
@FunctionalInterface
public interface Clock {

    /** The new city's time zone: business days (due days, as-of days) are days in Asia/Shanghai. */
    ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");

    Instant now();

    /**
     * A monotonic reading in nanoseconds, for how long something lasted (a cached token's age); only
     * differences between two readings mean anything. The system's timer unless a test sets it.
     */
    default long monotonicNanos() {
        return System.nanoTime();
    }

    /**
     * Waits this long (a retry's pause before it looks again); a test's clock may answer at once and
     * count the pauses instead.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    default void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    /** Today in the city. */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), CITY_TIME);
    }

    /**
     * The system clock at microsecond precision: the finest that every supported database keeps,
     * so an instant reads back exactly as it was written.
     */
    static Clock system() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Clock fixed(Instant instant) {
        return () -> instant;
    }
}
