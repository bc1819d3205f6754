package org.ronghe.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which entries of the audit trail a reader asks for")
class AuditTrailScenariosTest {

    private static final Instant MORNING = Instant.parse("2023-04-04T01:00:00Z");
    private final String town = UUID.randomUUID().toString();
    private final String department = UUID.randomUUID().toString();
    private final String ximenCommittee = UUID.randomUUID().toString();
    private final String parkingMeeting = UUID.randomUUID().toString();

    /** The town admits the department to the Ximen committee at 09:00 Beijing time. */
    private final AuditEntry memberJoined = entry(MORNING, town, "FusionCommittee", ximenCommittee, "MemberJoined");
    /** The department raises a problem an hour later. */
    private final AuditEntry itemRaised = entry(MORNING.plusSeconds(3600), department, "Meeting", parkingMeeting,
            "AgendaItemRaised");
    /** The data set loader, acting for no organization, two hours later. */
    private final AuditEntry loaded = new AuditEntry(UUID.randomUUID(), MORNING.plusSeconds(7200), null, null,
            "system:dataset", "FusionCommittee", ximenCommittee, "ChairAppointed",
            List.of(new FieldChange("chair", null, "副书记")), null);
    private final List<AuditEntry> trail = List.of(memberJoined, itemRaised, loaded);

    private static AuditEntry entry(Instant at, String organization, String type, String id, String event) {
        String token = UUID.randomUUID().toString();
        return new AuditEntry(UUID.randomUUID(), at, organization, token, "token:" + token, type, id, event, List.of(),
                "req-" + event);
    }

    private List<String> read(AuditCriteria criteria) {
        return trail.stream().filter(criteria::matches).map(AuditEntry::eventType).toList();
    }

    @Test
    void with_no_filter_the_whole_trail_is_read_the_systems_entries_included() {
        assertThat(read(AuditCriteria.all())).containsExactly("MemberJoined", "AgendaItemRaised", "ChairAppointed");
    }

    @Test
    void an_aggregate_type_reads_the_entries_of_that_kind_of_aggregate() {
        assertThat(read(new AuditCriteria("FusionCommittee", null, null, null, null)))
                .containsExactly("MemberJoined", "ChairAppointed");
    }

    @Test
    void an_aggregate_id_reads_the_history_of_that_one_aggregate() {
        assertThat(read(new AuditCriteria(null, parkingMeeting, null, null, null))).containsExactly("AgendaItemRaised");
    }

    @Test
    void an_acting_organization_reads_what_it_did_never_what_the_system_did() {
        assertThat(read(new AuditCriteria(null, null, town, null, null))).containsExactly("MemberJoined");
    }

    @Test
    void since_is_inclusive_an_entry_at_that_very_instant_is_read() {
        assertThat(read(new AuditCriteria(null, null, null, MORNING.plusSeconds(3600), null)))
                .containsExactly("AgendaItemRaised", "ChairAppointed");
        assertThat(read(new AuditCriteria(null, null, null, MORNING.plusSeconds(3601), null)))
                .containsExactly("ChairAppointed");
    }

    @Test
    void until_is_exclusive_an_entry_at_that_very_instant_is_not_read() {
        assertThat(read(new AuditCriteria(null, null, null, null, MORNING.plusSeconds(3600))))
                .containsExactly("MemberJoined");
        assertThat(read(new AuditCriteria(null, null, null, null, MORNING.plusSeconds(3601))))
                .containsExactly("MemberJoined", "AgendaItemRaised");
    }

    @Test
    void filters_combine_every_one_must_hold() {
        assertThat(read(new AuditCriteria("FusionCommittee", ximenCommittee, town, MORNING, MORNING.plusSeconds(7200))))
                .containsExactly("MemberJoined");
        assertThat(read(new AuditCriteria("Meeting", ximenCommittee, null, null, null))).isEmpty();
    }

    @Test
    void an_entry_keeps_the_changes_it_was_written_with() {
        var changes = new java.util.ArrayList<>(List.of(new FieldChange("chair", null, "副书记")));
        var entry = new AuditEntry(UUID.randomUUID(), MORNING, null, null, "system:bootstrap", "FusionCommittee",
                ximenCommittee, "ChairAppointed", changes, null);
        changes.clear();

        assertThat(entry.changes()).containsExactly(new FieldChange("chair", null, "副书记"));
    }
}
