package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.persistence.jdbi.JdbiStorageProvider;
import org.ronghe.adapter.persistence.jdbi.PostgresDatabases;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.CaseFiguresView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;
import org.ronghe.domain.shared.BilingualName;

/**
 * Several server nodes over one PostgreSQL database each run the escalation scan (ADR 0018): when two scan at the same
 * moment, every due case is escalated once, by one of them, with one audit entry, however their batches interleave.
 */
class EscalationAcrossNodesTest {

    /** More than one batch of a scan, so that the nodes meet in the first and one of them goes on to the next. */
    private static final int DUE_CASES = 220;

    @Test
    void two_nodes_scanning_at_once_escalate_each_due_case_once() throws Exception {
        var server = PostgresDatabases.server();
        String url = PostgresDatabases.freshSchemaUrl();
        var settings = new StorageSettings(url, server.user(), server.password(), 4);
        try (var first = new OnMemory(new JdbiStorageProvider().open(settings));
                var second = new OnMemory(new JdbiStorageProvider().open(settings))) {
            var scene = new CaseScene(first).drawGrids();
            // noise is never joined to an open case nearby: each signal makes a case of its own
            var noise = new CaseCategory("NOISE", BilingualName.of("噪声扰民", "Noise"), scene.fire.id(), Urgency.HIGH,
                    TimeLimit.hours(2), TimeLimit.hours(24), Duration.ofHours(1), 0);
            first.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN, CaseScene.policy(0, List.of(noise)));
            var commands = first.ronghe.cases().commands();
            for (int i = 0; i < DUE_CASES; i++) {
                var received = scene.report("NOISE", new GeoPoint(121.241 + i * 0.00003, 31.375)).cityCase()
                        .cityCase();
                var filed = commands.change(scene.town, new CaseChange.File(received.id(), received.version(), null));
                commands.change(scene.town, new CaseChange.Dispatch(filed.cityCase().id(), filed.cityCase().version(),
                        null));
            }
            first.advance(Duration.ofHours(2)); // the limit to sign for passes on both nodes' clocks
            second.advance(Duration.ofHours(2));

            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> scans = new ArrayList<>();
            for (OnMemory node : List.of(first, second)) {
                Callable<Integer> scan = () -> {
                    start.await();
                    return node.ronghe.cases().commands().escalateDue(OnMemory.ADMIN, node.now());
                };
                scans.add(pool.submit(scan));
            }
            start.countDown();
            int escalated = scans.get(0).get(60, TimeUnit.SECONDS) + scans.get(1).get(60, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(escalated).isEqualTo(DUE_CASES);
            var figures = second.ronghe.cases().queries().figures(CaseFigureQuery.Grouping.CATEGORY, null, null,
                    second.now()).rows();
            assertThat(figures).singleElement().extracting(CaseFiguresView.Row::figure).satisfies(noiseFigures -> {
                assertThat(noiseFigures.received()).isEqualTo(DUE_CASES);
                assertThat(noiseFigures.escalations()).as("each case escalated once").isEqualTo(DUE_CASES);
            });
            var audit = Page.every(page -> first.ronghe.audit().queries().entries(OnMemory.ADMIN, AuditCriteria.all(),
                    page));
            assertThat(audit).as("one audit entry per escalation").filteredOn(e -> e.eventType().equals("Escalated"))
                    .hasSize(DUE_CASES);
            assertThat(second.ronghe.cases().commands().escalateDue(OnMemory.ADMIN, second.now())).isZero();
        }
    }
}
