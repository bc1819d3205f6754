package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.Optional;

import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;

final class MemoryMeetings implements Meetings {

    private final VersionedRows<MeetingId, Meeting.State> rows;

    MemoryMeetings(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "meeting");
    }

    private static Meeting toMeeting(VersionedRows.Versioned<Meeting.State> v) {
        var s = v.row();
        return Meeting.restore(new Meeting.State(s.id(), s.mechanism(), s.title(), s.host(), s.slot(), s.earlierSlots(),
                s.invited(), s.attended(), s.agenda(), s.minutes(), s.resolutions(), s.status(), s.cancelReason(),
                v.version()));
    }

    @Override
    public Optional<Meeting> findById(MeetingId id) {
        return rows.get(id).map(MemoryMeetings::toMeeting);
    }

    @Override
    public void add(Meeting meeting) {
        rows.insert(meeting.getId(), meeting.state());
        meeting.markStored(1);
    }

    @Override
    public void update(Meeting meeting) {
        meeting.markStored(rows.update(meeting.getId(), meeting.version(), meeting.state()));
    }

    @Override
    public Page<Meeting> find(MeetingCriteria criteria, PageRequest page) {
        return MemoryPages.of(rows.all().map(MemoryMeetings::toMeeting).filter(criteria::matches)
                .sorted(Comparator.comparing((Meeting m) -> m.state().slot().start()).thenComparing(m -> m.getId().toString()))
                .toList(), page);
    }
}
