package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.CaseCommands;
import org.ronghe.application.cases.port.in.CaseIntakeView;
import org.ronghe.application.cases.port.in.CasePolicyView;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.application.shared.port.Caller;

/** The server escalates due cases by itself, as the system, each period, and a failed scan does not end it. */
class EscalationScanTest {

    /** Escalates nothing; the second scan fails as a database away would. */
    private static final class ScansSeen implements CaseCommands {
        final List<Caller> callers = new CopyOnWriteArrayList<>();
        final List<Instant> instants = new CopyOnWriteArrayList<>();

        @Override
        public int escalateDue(Caller caller, Instant at) {
            callers.add(caller);
            instants.add(at);
            if (instants.size() == 2) {
                throw new IllegalStateException("database away");
            }
            return 3;
        }

        @Override
        public CaseIntakeView receive(Caller caller, ReceiveSignalCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CasePolicyView adoptPolicy(Caller caller, AdoptCasePolicyCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView change(Caller caller, CaseChange change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseIntakeView receive(Caller caller, ReceiveSignalCommand command, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseView change(Caller caller, CaseChange change, Instant at) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void the_scan_runs_each_period_as_the_system_at_the_clocks_instant_and_goes_on_after_a_failure()
            throws InterruptedException {
        var seen = new ScansSeen();
        var at = Instant.parse("2023-04-04T02:00:00Z");
        try (var scan = EscalationScan.every(Duration.ofMillis(20), seen, InstantSource.fixed(at))) {
            long waited = 0;
            while (scan.scans() < 3 && waited < 10_000) {
                Thread.sleep(10);
                waited += 10;
            }
            assertThat(scan.scans()).as("the failed scan is not counted, the ones after it are").isGreaterThanOrEqualTo(3);
            assertThat(scan.escalated()).isEqualTo(3 * scan.scans());
        }
        assertThat(seen.instants).hasSizeGreaterThanOrEqualTo(4).allMatch(at::equals);
        assertThat(seen.callers).allSatisfy(caller -> {
            assertThat(caller.token()).isNull();
            assertThat(caller.requestId()).isEqualTo("escalation scan");
        });
        int afterClose = seen.instants.size();
        Thread.sleep(100);
        assertThat(seen.instants).as("closed: no scan after").hasSize(afterClose);
    }
}
