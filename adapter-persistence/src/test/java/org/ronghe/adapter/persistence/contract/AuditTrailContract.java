package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;

/** What every {@link org.ronghe.application.audit.port.out.AuditTrail} must do. */
public abstract class AuditTrailContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2024-01-02T03:04:05.678901Z");

    private AuditEntry entry(String aggregateId, String actor, Instant at, FieldChange... changes) {
        String token = UUID.randomUUID().toString();
        return new AuditEntry(UUID.randomUUID(), at, actor, token, "token:" + token, "organization", aggregateId,
                "OrganizationRenamed", List.of(changes), "req-" + aggregateId);
    }

    @Test
    void an_entry_reads_back_with_its_changes_in_order_including_nulls_and_chinese() {
        var entry = entry("a", "org-1", T0, new FieldChange("name", "南翔镇党委", "中共南翔镇委员会"),
                new FieldChange("nameEn", null, "Nanxiang"));
        storage.auditTrail().append(entry);

        var read = storage.auditTrail().find(AuditCriteria.all(), PageRequest.first()).items();

        assertThat(read).containsExactly(entry);
    }

    @Test
    void entries_filter_by_aggregate_actor_and_time_and_page_oldest_first() {
        var a1 = entry("a", "org-1", T0);
        var b1 = entry("b", "org-2", T0.plusSeconds(10));
        var a2 = entry("a", "org-2", T0.plusSeconds(20));
        storage.auditTrail().append(a2);
        storage.auditTrail().append(a1);
        storage.auditTrail().append(b1);

        assertThat(storage.auditTrail().find(new AuditCriteria("organization", "a", null, null, null),
                PageRequest.first()).items()).containsExactly(a1, a2);
        assertThat(storage.auditTrail().find(new AuditCriteria(null, null, "org-2", null, null),
                PageRequest.first()).items()).containsExactly(b1, a2);
        assertThat(storage.auditTrail().find(new AuditCriteria(null, null, null, T0.plusSeconds(10), T0.plusSeconds(20)),
                PageRequest.first()).items()).containsExactly(b1);
        var secondPage = storage.auditTrail().find(AuditCriteria.all(), new PageRequest(2, 2));
        assertThat(secondPage.totalItems()).isEqualTo(3);
        assertThat(secondPage.items()).containsExactly(a2);
    }

    @Test
    void an_entry_appended_in_a_failed_transaction_is_gone() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.auditTrail().append(entry("a", "org-1", T0));
            throw new IllegalStateException("the write failed after its audit entry");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.auditTrail().find(AuditCriteria.all(), PageRequest.first()).totalItems()).isZero();
    }
}
