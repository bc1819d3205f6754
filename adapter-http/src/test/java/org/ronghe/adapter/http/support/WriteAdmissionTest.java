package org.ronghe.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.javalin.http.Handler;

/** The server's answer to a burst: how long a refused sender is told to wait follows the refusals per write done. */
class WriteAdmissionTest {

    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final WriteAdmission admission = new WriteAdmission(1, clock::get);
    private static final Handler DONE = ctx -> {
    };

    private void second() {
        clock.addAndGet(1_000_000_000L);
    }

    /** A write held open: the only permit is taken while it runs. */
    private void refusedWhileOneRuns(int times) throws Exception {
        admission.around(ctx -> {
            for (int i = 0; i < times; i++) {
                assertThatThrownBy(() -> admission.around(DONE).handle(null)).isInstanceOf(ServerBusyException.class);
            }
        }).handle(null);
    }

    private long retryAfterOfTheNextRefusal() throws Exception {
        long[] retryAfter = new long[1];
        admission.around(ctx -> {
            try {
                admission.around(DONE).handle(null);
            } catch (ServerBusyException e) {
                retryAfter[0] = e.retryAfterSeconds();
            }
        }).handle(null);
        return retryAfter[0];
    }

    @Test
    void a_sender_refused_in_a_quiet_second_is_told_one_second() throws Exception {
        refusedWhileOneRuns(1);
        second();
        assertThat(retryAfterOfTheNextRefusal()).isEqualTo(1);
    }

    @Test
    void when_refusals_outnumber_the_writes_done_the_wait_is_the_time_to_do_them() throws Exception {
        refusedWhileOneRuns(12); // 12 refused, 1 write done (with the next one's 13th refusal, 2 done)
        for (int i = 0; i < 3; i++) {
            admission.around(DONE).handle(null);
        }
        second();
        assertThat(retryAfterOfTheNextRefusal()).as("12 refused over 4 done").isEqualTo(3);
        assertThat(retryAfterOfTheNextRefusal()).as("the same second: the same answer").isEqualTo(3);
    }

    @Test
    void the_wait_is_bounded_however_many_are_refused() throws Exception {
        refusedWhileOneRuns(500);
        second();
        assertThat(retryAfterOfTheNextRefusal()).isEqualTo(WriteAdmission.MAX_RETRY_AFTER_SECONDS);
    }

    @Test
    void a_refused_write_never_runs_and_a_finished_or_failed_one_gives_its_place_back() throws Exception {
        var ran = new AtomicLong();
        admission.around(ctx -> {
            assertThatThrownBy(() -> admission.around(c -> ran.incrementAndGet()).handle(null))
                    .isInstanceOf(ServerBusyException.class);
        }).handle(null);
        assertThat(ran).hasValue(0);
        assertThatThrownBy(() -> admission.around(ctx -> {
            throw new IllegalStateException("failed write");
        }).handle(null)).isInstanceOf(IllegalStateException.class);
        admission.around(c -> ran.incrementAndGet()).handle(null);
        assertThat(ran).hasValue(1);
    }
}
