package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskStatus;

/** The follow-up tasks as a searchable, filterable list, on the page and as CSV. */
final class TaskList {

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    TaskList(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    /** The filters as read from a request: a search text, a status, a town. */
    record Filters(String q, TaskStatus status, OrganizationId town) {

        Filters {
            q = ListParameters.searchText(q);
        }

        /** The search as the contexts take it (null: none). */
        NameSearch search() {
            return ListParameters.search(q);
        }

        String query(LocalDate asOf) {
            var parts = new ArrayList<String>();
            parts.add("asOf=" + asOf);
            if (q != null) {
                parts.add("q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (status != null) {
                parts.add("status=" + status.name());
            }
            if (town != null) {
                parts.add("townId=" + town);
            }
            return String.join("&", parts);
        }
    }

    List<TasksPage.Row> rows(Filters filters, Towns towns, LocalDate asOf) {
        var criteria = new TaskCriteria(null, null, null, filters.status(), false, null, filters.search(),
                towns.scope(filters.town()));
        List<TaskView> all = Page.every(page -> ronghe.tasks().queries().tasks(criteria, asOf, page));
        var mine = towns.ofMine(scope -> Page.every(page -> ronghe.tasks().queries().tasks(new TaskCriteria(null, null,
                null, filters.status(), false, null, filters.search(), scope), asOf, page)).stream()
                .map(v -> v.task().id()).toList());
        var rows = new ArrayList<TasksPage.Row>();
        for (TaskView view : Towns.ownFirst(all, v -> mine.contains(v.task().id()))) {
            var t = view.task();
            rows.add(new TasksPage.Row(t.id().toString(), t.title(), names.committee(t.hostCommittee(), asOf),
                    names.organization(t.assignee()), String.join("、", t.coAssignees().stream()
                            .map(names::organization).sorted().toList()), t.dueOn(),
                    messages.label(t.status(), Messages.Language.ZH), view.daysLate(), mine.contains(t.id())));
        }
        return rows;
    }

    TasksPage page(Frame frame, Filters filters, Towns towns, LocalDate asOf) {
        var rows = rows(filters, towns, asOf);
        var statuses = Arrays.stream(TaskStatus.values()).map(s -> new Choice(s.name(),
                messages.label(s, Messages.Language.ZH), s == filters.status())).toList();
        return new TasksPage(frame, filters.q() == null ? "" : filters.q(), statuses, towns.choices(filters.town()),
                rows, rows.size(), filters.query(asOf));
    }

    byte[] csv(Filters filters, Towns towns, LocalDate asOf) {
        var rows = rows(filters, towns, asOf).stream().map(r -> List.of(r.title(), r.committee(), r.assignee(),
                r.coAssignees(), r.dueOn().toString(), r.status(), String.valueOf(r.daysLate()))).toList();
        return Csv.of(List.of("任务", "牵头委员会", "承办单位", "协办单位", "办结期限", "状态", "逾期天数"), rows);
    }
}
