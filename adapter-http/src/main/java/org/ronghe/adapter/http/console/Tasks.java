package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.domain.access.Verifier;
import org.ronghe.domain.task.TaskId;

/** A follow-up task's page and its three actions, through the task context's entries. */
final class Tasks {

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    Tasks(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    TaskPage page(Frame frame, Caller viewer, TaskId id, LocalDate asOf, String notice) {
        var view = ronghe.tasks().queries().task(id, asOf);
        var t = view.task();
        var verifier = ronghe.tasks().queries().verifier(id);
        // the buttons are what the task context says this viewer may do now, never a copy of its rules
        var actions = ronghe.tasks().queries().actions(viewer, id);
        List<TaskPage.Event> history = new ArrayList<>();
        history.add(new TaskPage.Event(t.createdOn(), names.committee(t.hostCommittee(), asOf), "据会议决议交办"));
        t.notes().forEach(n -> history.add(new TaskPage.Event(n.on(), names.organization(n.author()), n.text())));
        if (t.doneOn() != null) {
            history.add(new TaskPage.Event(t.doneOn(), names.organization(t.assignee()), "标记完成"));
        }
        if (t.verifiedOn() != null) {
            history.add(new TaskPage.Event(t.verifiedOn(), describe(verifier, asOf), "验收通过"));
        }
        history.sort(Comparator.comparing(TaskPage.Event::on));
        return new TaskPage(frame, id.toString(), t.title(), messages.label(t.status(), Messages.Language.ZH),
                names.committee(t.hostCommittee(), asOf), ronghe.meetings().queries().meeting(t.meeting()).meeting()
                        .title() + " · 决议 " + t.resolution(),
                names.organization(t.assignee()), t.coAssignees().stream().map(names::organization).sorted().toList(),
                t.createdOn(), t.dueOn(), t.doneOn(), t.verifiedOn(), view.overdue(), view.daysLate(),
                t.reopenReason(), describe(verifier, asOf), history, t.version(), actions, notice);
    }

    private String describe(Verifier verifier, LocalDate asOf) {
        if (verifier instanceof Verifier.LeadOf lead) {
            return names.organization(lead.organization()) + "（" + names.committee(lead.committee(), asOf) + " 牵头单位）";
        }
        if (verifier instanceof Verifier.AwaitingLead awaiting) {
            return "待 " + names.committee(awaiting.committee(), asOf) + " 确定牵头单位";
        }
        return "区委组织部（系统管理员）";
    }

    void markDone(Caller caller, TaskId id, long version, LocalDate on) {
        ronghe.tasks().commands().change(caller, new TaskChange.MarkDone(id, version, on));
    }

    void verify(Caller caller, TaskId id, long version, LocalDate on) {
        ronghe.tasks().commands().change(caller, new TaskChange.Verify(id, version, on));
    }

    void reopen(Caller caller, TaskId id, long version, LocalDate on, String reason) {
        ronghe.tasks().commands().change(caller, new TaskChange.Reopen(id, version, on, reason));
    }
}
