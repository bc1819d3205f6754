package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;

import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;

final class MemoryMeetings extends MemoryAggregates<Meeting, MeetingId, Meeting.State>
        implements Meetings {

    MemoryMeetings(MemoryTransactions transactions) {
        super(transactions, "meeting", new Shape<>(Meeting::restore,
                Meeting::getId, Meeting::state, Meeting::version, Meeting::markStored));
    }

    @Override
    public Page<Meeting> find(MeetingCriteria criteria, PageRequest page) {
        return MemoryPages.of(stored().filter(criteria::matches)
                .sorted(Comparator.comparing((Meeting m) -> m.state().slot().start()).thenComparing(m -> m.getId().toString()))
                .toList(), page);
    }
}
