package org.ronghe.application.meeting.port.in;

import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;

/** Reading meetings, and how many each mechanism held (every caller). */
public interface MeetingQueries {

    MeetingView meeting(MeetingId id);

    Page<MeetingView> meetings(MeetingCriteria criteria, PageRequest page);

    /** Meetings held (HELD or MINUTES_APPROVED) per mechanism and month (yyyy-MM, Asia/Shanghai). */
    List<MeetingCount> meetingsPerMechanism();

    record MeetingCount(MeetingMechanism mechanism, String month, long meetings) {
    }
}
