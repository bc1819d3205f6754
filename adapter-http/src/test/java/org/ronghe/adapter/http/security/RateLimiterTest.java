package org.ronghe.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.support.RateLimiter;
import org.ronghe.domain.access.ApiTokenId;

class RateLimiterTest {

    @Test
    void a_bucket_allows_a_burst_then_refills_at_the_rate() {
        var clock = new AtomicLong();
        var limiter = new RateLimiter(600, clock::get); // 10 a second, bursts of 60
        var token = new ApiTokenId(UUID.randomUUID());
        var other = new ApiTokenId(UUID.randomUUID());

        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire(token)).isZero();
        }
        assertThat(limiter.acquire(token)).isEqualTo(1);
        assertThat(limiter.acquire(other)).isZero();
        clock.addAndGet(100_000_000); // 0.1 s: one more request
        assertThat(limiter.acquire(token)).isZero();
        assertThat(limiter.acquire(token)).isPositive();
    }
}
