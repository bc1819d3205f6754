package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;

final class JdbiMeetings implements Meetings {

    private final JdbiTransactions transactions;

    JdbiMeetings(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static Meeting read(String details, long version) {
        var s = JsonDocuments.read(details, Meeting.State.class);
        return Meeting.restore(new Meeting.State(s.id(), s.mechanism(), s.title(), s.host(), s.slot(), s.earlierSlots(),
                s.invited(), s.attended(), s.agenda(), s.minutes(), s.resolutions(), s.status(), s.cancelReason(),
                version));
    }

    @Override
    public Optional<Meeting> findById(MeetingId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM meeting WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).findOne());
    }

    @Override
    public void add(Meeting meeting) {
        var s = meeting.state();
        transactions.write(h -> {
            h.createUpdate("""
                    INSERT INTO meeting (id, mechanism, host_committee_id, status, start_at, search_key, details, version)
                    VALUES (:id, :mechanism, :host, :status, :start, :searchKey, :details, 1)""")
                    .bind("id", s.id().value()).bind("mechanism", s.mechanism().name()).bind("host", s.host().value())
                    .bind("status", s.status().name()).bind("start", utc(s.slot().start()))
                    .bind("searchKey", SearchKeys.of(s.title())).bind("details", JsonDocuments.write(s)).execute();
            // who is invited is fixed when the meeting is scheduled: written once, with it
            if (!s.invited().isEmpty()) {
                var insert = h.prepareBatch(
                        "INSERT INTO meeting_invitee (meeting_id, organization_id) VALUES (:meeting, :organization)");
                for (var invited : s.invited()) {
                    insert.bind("meeting", s.id().value()).bind("organization", invited.value()).add();
                }
                insert.execute();
            }
            return null;
        });
        meeting.markStored(1);
    }

    @Override
    public void update(Meeting meeting) {
        var s = meeting.state();
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("meeting", "meeting", meeting.getId(),
                s.id().value(), meeting.version()), "status = :status, start_at = :start, details = :details",
                u -> u.bind("status", s.status().name()).bind("start", utc(s.slot().start()))
                        .bind("details", JsonDocuments.write(s)));
        meeting.markStored(meeting.version() + 1);
    }

    @Override
    public Page<Meeting> find(MeetingCriteria criteria, PageRequest page) {
        var filter = SqlWhere.filter()
                .when(criteria.host(), "host_committee_id = :host", "host", v -> v.value())
                .when(criteria.mechanism(), "mechanism = :mechanism", "mechanism", Enum::name)
                .when(criteria.status(), "status = :status", "status", Enum::name)
                .when(criteria.from(), "start_at >= :from", "from", v -> utc(v))
                .when(criteria.until(), "start_at < :until", "until", v -> utc(v))
                .when(criteria.title(), SearchKeys.condition("search_key"), "q", SearchKeys::pattern)
                .when(criteria.inviting(), scope -> "id IN (SELECT meeting_id FROM meeting_invitee WHERE organization_id IN ("
                        + SearchKeys.literals(scope) + "))")
                .build();
        String where = filter.sql();
        Map<String, Object> arguments = filter.arguments();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM meeting" + where).bindMap(arguments).mapTo(Long.class).one();
            List<Meeting> items = h.createQuery("SELECT details, version FROM meeting" + where
                    + " ORDER BY start_at, id LIMIT :limit OFFSET :offset").bindMap(arguments)
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
