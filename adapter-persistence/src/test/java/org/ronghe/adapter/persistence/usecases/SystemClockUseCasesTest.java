package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.ronghe.application.shared.port.out.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clock a server runs on: its timer measures how long a cached token has been trusted, and its pause
 * spaces a waiting request's looks; both are real time unless a test sets them.
 */
class SystemClockUseCasesTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void a_pause_waits_at_least_as_long_as_asked_and_the_timer_measures_it() throws InterruptedException {
        var clock = Clock.system();
        long before = clock.monotonicNanos();

        clock.pause(Duration.ofMillis(5));

        assertThat(clock.monotonicNanos() - before).isGreaterThanOrEqualTo(Duration.ofMillis(5).toNanos());
    }

    @Test
    void a_pause_of_an_interrupted_thread_ends_at_once() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Clock.fixed(Instant.EPOCH).pause(Duration.ofMinutes(1)))
                .isInstanceOf(InterruptedException.class);
    }
}
