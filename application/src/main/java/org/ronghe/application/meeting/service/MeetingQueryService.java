package org.ronghe.application.meeting.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ronghe.application.meeting.port.in.MeetingQueries;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.task.TaskCriteria;

public record MeetingQueryService(Meetings meetings, FollowUpTasks tasks) implements MeetingQueries {

    @Override
    public MeetingView meeting(MeetingId id) {
        return meetings.findById(id).map(this::view).orElseThrow(() -> new AggregateNotFoundException("meeting", id));
    }

    @Override
    public Page<MeetingView> meetings(MeetingCriteria criteria, PageRequest page) {
        return meetings.find(criteria, page).map(this::view);
    }

    private MeetingView view(org.ronghe.domain.meeting.Meeting meeting) {
        return MeetingView.of(meeting, Page.every(p -> tasks.find(TaskCriteria.ofMeeting(meeting.getId()), p)));
    }

    @Override
    public List<MeetingCount> meetingsPerMechanism() {
        List<Meeting> all = Page.every(page -> meetings.find(MeetingCriteria.all(), page));
        Map<String, Long> counts = new TreeMap<>();
        for (Meeting m : all) {
            // held: a meeting still scheduled or cancelled was not
            if (m.status() != MeetingStatus.HELD && m.status() != MeetingStatus.MINUTES_APPROVED) {
                continue;
            }
            String month = m.state().slot().start().atZone(Clock.CITY_TIME).toLocalDate().toString()
                    .substring(0, 7);
            counts.merge(m.mechanism().name() + "|" + month, 1L, Long::sum);
        }
        List<MeetingCount> result = new ArrayList<>();
        counts.forEach((k, n) -> result.add(new MeetingCount(
                org.ronghe.domain.meeting.MeetingMechanism.valueOf(k.substring(0, k.indexOf('|'))),
                k.substring(k.indexOf('|') + 1), n)));
        return result;
    }
}
