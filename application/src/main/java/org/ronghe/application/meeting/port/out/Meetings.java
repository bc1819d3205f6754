package org.ronghe.application.meeting.port.out;

import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;

/** All meetings. Implementations must pass the adapter contract kit. */
public interface Meetings {

    Optional<Meeting> findById(MeetingId id);

    void add(Meeting meeting);

    void update(Meeting meeting);

    /** Matching meetings by start, then id. */
    Page<Meeting> find(MeetingCriteria criteria, PageRequest page);
}
