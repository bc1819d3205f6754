package org.ronghe.application.meeting.port.out;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;

/** All meetings. Implementations must pass the adapter contract kit. */
public interface Meetings extends AggregateRepository<Meeting, MeetingId> {

    /** Matching meetings by start, then id. */
    Page<Meeting> find(MeetingCriteria criteria, PageRequest page);
}
