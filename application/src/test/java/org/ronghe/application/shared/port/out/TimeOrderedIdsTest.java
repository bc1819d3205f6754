package org.ronghe.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    /** How databases compare UUIDs: byte by byte, that is as two unsigned longs. */
    private static final Comparator<UUID> AS_STORED = Comparator
            .<UUID>comparingLong(u -> u.getMostSignificantBits() ^ Long.MIN_VALUE)
            .thenComparingLong(u -> u.getLeastSignificantBits() ^ Long.MIN_VALUE);

    @Test
    void ids_are_version_7_and_carry_their_millisecond() {
        UUID id = new TimeOrderedIds(() -> 1_700_000_000_123L).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_700_000_000_123L);
    }

    @Test
    void ids_made_later_sort_later_even_many_in_one_millisecond_or_when_the_clock_goes_back() {
        long[] clock = {1_700_000_000_000L};
        var ids = new TimeOrderedIds(() -> clock[0]);
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) { // more than the 12-bit counter holds in one millisecond
            made.add(ids.next());
        }
        clock[0] += 5;
        made.add(ids.next());
        clock[0] -= 1_000; // a clock set back
        made.add(ids.next());

        assertThat(made).isSortedAccordingTo(AS_STORED);
        assertThat(new HashSet<>(made)).hasSameSizeAs(made);
    }

    @Test
    void the_default_source_makes_version_7_ids() {
        assertThat(IdSource.timeOrdered().next().version()).isEqualTo(7);
        assertThat(IdSource.random().next().version()).isEqualTo(4);
    }
}
