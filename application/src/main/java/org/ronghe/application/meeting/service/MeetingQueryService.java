package org.ronghe.application.meeting.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ronghe.application.meeting.port.in.MeetingQueries;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.TaskView;
import org.ronghe.application.meeting.port.out.FollowUpTasks;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.access.MeetingStewardship;
import org.ronghe.domain.access.Verifier;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskStatus;

public final class MeetingQueryService implements MeetingQueries {

    private final Meetings meetings;
    private final FollowUpTasks tasks;
    private final Clock clock;
    private final CommitteeChain chain;

    public MeetingQueryService(Meetings meetings, FollowUpTasks tasks, Committees committees, Clock clock) {
        this.chain = new CommitteeChain(committees);
        this.meetings = meetings;
        this.tasks = tasks;
        this.clock = clock;
    }

    private LocalDate dayOf(LocalDate asOf) {
        return asOf != null ? asOf : clock.today();
    }

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
    public TaskView task(TaskId id, LocalDate asOf) {
        return tasks.findById(id).map(t -> TaskView.of(t, dayOf(asOf)))
                .orElseThrow(() -> new AggregateNotFoundException("task", id));
    }

    @Override
    public Verifier verifier(TaskId id) {
        var task = tasks.findById(id).orElseThrow(() -> new AggregateNotFoundException("task", id));
        return MeetingStewardship.verifierOf(chain.hostAndAbove(task.hostCommittee()), task);
    }

    @Override
    public Page<TaskView> tasks(TaskCriteria criteria, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        return tasks.find(criteria, page).map(t -> TaskView.of(t, day));
    }

    @Override
    public Page<TaskView> overdueTasks(CommitteeId host, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        return tasks.find(new TaskCriteria(host, null, null, null, true, day), page).map(t -> TaskView.of(t, day));
    }

    @Override
    public List<Closure> closure(LocalDate asOf) {
        LocalDate day = dayOf(asOf);
        List<FollowUpTask> all = tasks.all(TaskCriteria.all());
        List<Closure> result = new ArrayList<>();
        result.addAll(closureBy("committee", all, t -> t.hostCommittee().toString(), day));
        result.addAll(closureBy("mechanism", all, t -> t.state().mechanism().name(), day));
        result.addAll(closureBy("assignee", all, t -> t.assignee().toString(), day));
        return result;
    }

    private static List<Closure> closureBy(String dimension, List<FollowUpTask> all, Function<FollowUpTask, String> key,
            LocalDate day) {
        Map<String, List<FollowUpTask>> groups = new TreeMap<>();
        all.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Closure> result = new ArrayList<>();
        groups.forEach((k, group) -> {
            List<Long> days = group.stream().filter(t -> t.status() == TaskStatus.VERIFIED)
                    .map(t -> ChronoUnit.DAYS.between(t.state().createdOn(), t.state().verifiedOn())).sorted().toList();
            Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                    : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
            long overdue = group.stream().filter(t -> t.isOverdueOn(day)).count();
            result.add(new Closure(dimension, k, group.size(), days.size(), (double) days.size() / group.size(), median,
                    overdue));
        });
        return result;
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
