package org.ronghe.application.meeting;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.in.MeetingCommands;
import org.ronghe.application.meeting.port.in.MeetingQueries;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.meeting.service.MeetingAudit;
import org.ronghe.application.meeting.service.MeetingQueryService;
import org.ronghe.application.meeting.service.MeetingService;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.meeting.Meeting;

/** The meetings of the collaboration mechanisms: agendas of problems, attendance, minutes, resolutions. */
public record MeetingModule(MeetingCommands commands, MeetingQueries queries) {

    public static MeetingModule on(Meetings meetings, FollowUpTasks tasks, Committees committees,
            Organizations organizations, org.ronghe.application.meeting.service.AgendaLinks links, Platform platform) {
        var writes = platform.writes("meeting", meetings, Meeting::version, MeetingAudit.descriptions());
        return new MeetingModule(new MeetingService(meetings, new MeetingService.References(committees, organizations,
                tasks, links), writes), new MeetingQueryService(meetings, tasks));
    }
}
