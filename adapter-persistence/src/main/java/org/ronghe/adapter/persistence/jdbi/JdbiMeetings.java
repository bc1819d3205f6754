package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        transactions.write(h -> h.createUpdate("""
                INSERT INTO meeting (id, mechanism, host_committee_id, status, start_at, details, version)
                VALUES (:id, :mechanism, :host, :status, :start, :details, 1)""")
                .bind("id", s.id().value()).bind("mechanism", s.mechanism().name()).bind("host", s.host().value())
                .bind("status", s.status().name()).bind("start", utc(s.slot().start()))
                .bind("details", JsonDocuments.write(s)).execute());
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
        List<String> conditions = new ArrayList<>();
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (criteria.host() != null) {
            conditions.add("host_committee_id = :host");
            arguments.put("host", criteria.host().value());
        }
        if (criteria.mechanism() != null) {
            conditions.add("mechanism = :mechanism");
            arguments.put("mechanism", criteria.mechanism().name());
        }
        if (criteria.status() != null) {
            conditions.add("status = :status");
            arguments.put("status", criteria.status().name());
        }
        if (criteria.from() != null) {
            conditions.add("start_at >= :from");
            arguments.put("from", utc(criteria.from()));
        }
        if (criteria.until() != null) {
            conditions.add("start_at < :until");
            arguments.put("until", utc(criteria.until()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
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
