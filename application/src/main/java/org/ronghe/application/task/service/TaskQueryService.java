package org.ronghe.application.task.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.task.port.in.TaskQueries;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.access.TaskStewardship;
import org.ronghe.domain.access.Verifier;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskStatus;

public record TaskQueryService(FollowUpTasks tasks, Committees committees,
        org.ronghe.application.organization.port.out.Organizations organizations, Clock clock) implements TaskQueries {

    private TaskNames names() {
        return new TaskNames(committees, organizations);
    }

    private LocalDate dayOf(LocalDate asOf) {
        return asOf != null ? asOf : clock.today();
    }

    @Override
    public TaskView task(TaskId id, LocalDate asOf) {
        return tasks.findById(id).map(t -> TaskView.of(t, dayOf(asOf), names().of(t)))
                .orElseThrow(() -> new AggregateNotFoundException("task", id));
    }

    @Override
    public Verifier verifier(TaskId id) {
        var task = tasks.findById(id).orElseThrow(() -> new AggregateNotFoundException("task", id));
        return TaskStewardship.verifierOf(new CommitteeChain(committees).hostAndAbove(task.hostCommittee()), task);
    }

    @Override
    public org.ronghe.domain.access.TaskActions actions(org.ronghe.application.shared.port.Caller caller, TaskId id) {
        var task = tasks.findById(id).orElseThrow(() -> new AggregateNotFoundException("task", id));
        return TaskStewardship.actionsOf(caller.actor(), new CommitteeChain(committees).hostAndAbove(task.hostCommittee()),
                task);
    }

    @Override
    public Page<TaskView> tasks(TaskCriteria criteria, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        var names = names();
        return tasks.find(criteria, page).map(t -> TaskView.of(t, day, names.of(t)));
    }

    @Override
    public Page<TaskView> overdueTasks(CommitteeId host, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        var names = names();
        return tasks.find(new TaskCriteria(host, null, null, null, true, day), page)
                .map(t -> TaskView.of(t, day, names.of(t)));
    }

    @Override
    public List<Closure> closure(LocalDate asOf) {
        LocalDate day = dayOf(asOf);
        List<FollowUpTask> all = tasks.all(TaskCriteria.all());
        List<Closure> result = new ArrayList<>();
        var names = names();
        result.addAll(closureBy("committee", all, t -> t.hostCommittee().toString(), day,
                key -> names.committee(org.ronghe.domain.committee.CommitteeId.parse("key", key))));
        result.addAll(closureBy("mechanism", all, t -> t.state().mechanism().name(), day, key -> key));
        result.addAll(closureBy("assignee", all, t -> t.assignee().toString(), day,
                key -> names.organization(org.ronghe.domain.organization.OrganizationId.parse("key", key))));
        return result;
    }

    private static List<Closure> closureBy(String dimension, List<FollowUpTask> all, Function<FollowUpTask, String> key,
            LocalDate day, Function<String, String> nameOf) {
        Map<String, List<FollowUpTask>> groups = new TreeMap<>();
        all.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Closure> result = new ArrayList<>();
        groups.forEach((k, group) -> {
            List<Long> days = group.stream().filter(t -> t.status() == TaskStatus.VERIFIED)
                    .map(t -> ChronoUnit.DAYS.between(t.state().createdOn(), t.state().verifiedOn())).sorted().toList();
            Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                    : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
            long overdue = group.stream().filter(t -> t.isOverdueOn(day)).count();
            result.add(new Closure(dimension, k, nameOf.apply(k), group.size(), days.size(),
                    (double) days.size() / group.size(), median, overdue));
        });
        return result;
    }
}
