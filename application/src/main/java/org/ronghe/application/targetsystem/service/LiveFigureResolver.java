package org.ronghe.application.targetsystem.service;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;

/**
 * Computes the figures live indicators are bound to, on a day, from what the other aggregates record
 * (each figure's definition is {@link LiveFigure#definition()}). One resolver serves one query: a
 * figure is computed at most once however many indicators are bound to it.
 */
final class LiveFigureResolver {

    private final Committees committees;
    private final DomainProjects projects;
    private final Meetings meetings;
    private final FollowUpTasks tasks;
    private final ActiveGridCounts grids;
    private final LocalDate day;
    private final Map<LiveFigure, BigDecimal> computed = new EnumMap<>(LiveFigure.class);

    LiveFigureResolver(Committees committees, DomainProjects projects, Meetings meetings, FollowUpTasks tasks,
            ActiveGridCounts grids, LocalDate day) {
        this.committees = committees;
        this.projects = projects;
        this.meetings = meetings;
        this.tasks = tasks;
        this.grids = grids;
        this.day = day;
    }

    /** The figure's value on the day, or null when the indicator is not live. */
    BigDecimal valueOf(LiveFigure figure) {
        return figure == null ? null : computed.computeIfAbsent(figure, this::compute);
    }

    private BigDecimal compute(LiveFigure figure) {
        return switch (figure) {
            case ESTABLISHED_AREA_COMMITTEES -> BigDecimal.valueOf(Page.every(page -> committees.find(
                    new CommitteeCriteria(CommitteeTier.AREA, null, null, null), page)).stream()
                    .filter(c -> c.statusOn(day) == CommitteeStatus.ESTABLISHED).count());
            case SIGNED_DOMAIN_PROJECTS -> BigDecimal.valueOf(Page.every(page -> projects.find(ProjectCriteria.all(),
                    page)).stream().filter(p -> p.signedOn() != null && !p.signedOn().isAfter(day)
                            && p.status() != ProjectStatus.CANCELLED).count());
            case DELIBERATION_MEETINGS_HELD -> BigDecimal.valueOf(Page.every(page -> meetings.find(new MeetingCriteria(
                    null, MeetingMechanism.SPECIAL_DELIBERATION, null, null,
                    day.plusDays(1).atStartOfDay(Clock.CITY_TIME).toInstant()), page)).stream()
                    .filter(m -> m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_APPROVED)
                    .count());
            case TASK_CLOSURE_RATE -> closureRate(tasks.all(TaskCriteria.all()));
            case OVERDUE_COMMITMENTS -> BigDecimal.valueOf(Page.every(page -> projects.find(ProjectCriteria.all(),
                    page)).stream().mapToLong(p -> p.overdueOn(day).size()).sum());
            case ACTIVE_GRIDS -> BigDecimal.valueOf(grids.on(day));
        };
    }

    private BigDecimal closureRate(List<FollowUpTask> all) {
        var created = all.stream().filter(t -> !t.state().createdOn().isAfter(day)).toList();
        if (created.isEmpty()) {
            return null;
        }
        long verified = created.stream()
                .filter(t -> t.state().verifiedOn() != null && !t.state().verifiedOn().isAfter(day)).count();
        return BigDecimal.valueOf(verified * 100).divide(BigDecimal.valueOf(created.size()), 1, RoundingMode.HALF_UP);
    }
}
