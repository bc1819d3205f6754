package org.ronghe.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.support.FailedAuthentications;

class FailedAuthenticationsTest {

    @Test
    void an_address_that_keeps_failing_waits_and_its_budget_refills_at_the_rate() {
        var clock = new AtomicLong();
        var failures = new FailedAuthentications(6, clock::get); // one a 10 s, six at once

        for (int i = 0; i < 6; i++) {
            assertThat(failures.blockedFor("203.0.113.7")).isZero();
            failures.failed("203.0.113.7");
        }

        assertThat(failures.blockedFor("203.0.113.7")).isEqualTo(10);
        assertThat(failures.blockedFor("203.0.113.8")).as("another address").isZero();
        clock.addAndGet(4_000_000_000L);
        assertThat(failures.blockedFor("203.0.113.7")).isEqualTo(6);
        clock.addAndGet(6_000_000_000L);
        assertThat(failures.blockedFor("203.0.113.7")).isZero();
    }

    @Test
    void the_table_of_addresses_stays_bounded_by_forgetting_those_that_recovered() {
        var clock = new AtomicLong();
        var failures = new FailedAuthentications(60, clock::get);
        for (int i = 0; i < 10_000; i++) {
            failures.failed("10.0." + (i / 256) + "." + (i % 256));
        }
        clock.addAndGet(60_000_000_000L); // a minute: every budget is full again

        failures.failed("198.51.100.1");

        assertThat(failures.blockedFor("198.51.100.1")).isZero();
        assertThat(failures.blockedFor("10.0.0.1")).isZero();
        assertThat(failuresTable(failures)).isLessThanOrEqualTo(9_001);
    }

    @Test
    void under_a_flood_of_failing_addresses_the_table_stays_bounded_all_the_same() {
        var clock = new AtomicLong();
        var failures = new FailedAuthentications(1, clock::get);
        for (int i = 0; i < 30_000; i++) {
            failures.failed("10." + (i / 65_536) + "." + (i / 256 % 256) + "." + (i % 256));
        }

        assertThat(failuresTable(failures)).isLessThanOrEqualTo(10_000);
        assertThat(failures.blockedFor("10.0.117.47")).as("a recent one is still counted").isPositive();
    }

    @Test
    void an_ipv6_client_is_counted_by_its_64_bit_network() {
        var clock = new AtomicLong();
        var failures = new FailedAuthentications(2, clock::get);
        failures.failed("2001:db8:1:2::1");
        failures.failed("2001:db8:1:2:ffff::99");

        assertThat(failures.blockedFor("2001:db8:1:2::abcd")).as("the same /64").isPositive();
        assertThat(failures.blockedFor("2001:db8:1:3::1")).as("another network").isZero();
        assertThat(failures.blockedFor("[2001:db8:1:2::5]")).isPositive();
    }

    private static int failuresTable(FailedAuthentications failures) {
        return org.ronghe.adapter.http.support.FailedAuthenticationsAccess.addresses(failures);
    }
}
