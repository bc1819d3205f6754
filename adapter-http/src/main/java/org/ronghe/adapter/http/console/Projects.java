package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;

/** Projects as a searchable list (page and CSV) with the overdue commitments, and a project's page. */
final class Projects {

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    Projects(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    List<ProjectsPage.Row> rows(TaskList.Filters filters, Towns towns, LocalDate asOf) {
        Map<String, String> domains = new HashMap<>();
        ronghe.projects().queries().domains().forEach(d -> domains.put(d.code().value(), d.name().zh()));
        var criteria = new ProjectCriteria(null, null, null, null, filters.search(), towns.scope(filters.town()));
        List<ProjectView> all = Page.every(page -> ronghe.projects().queries().projects(criteria, asOf, page));
        var mine = towns.ofMine(scope -> Page.every(page -> ronghe.projects().queries().projects(new ProjectCriteria(null,
                null, null, null, filters.search(), scope), asOf, page)).stream().map(ProjectView::id).toList());
        var rows = new ArrayList<ProjectsPage.Row>();
        for (var p : Towns.ownFirst(all, v -> mine.contains(v.id()))) {
            rows.add(new ProjectsPage.Row(p.id().toString(), p.title(), domains.getOrDefault(p.domain().value(),
                    p.domain().value()), names.organization(p.flagBearerId()), names.organization(p.principalId()),
                    label(p.status()), p.signedOn() == null ? "未签约" : p.signedOn().toString(), p.commitments().size(),
                    p.commitments().stream().filter(ProjectView.CommitmentView::overdue).count(), p.atRisk(),
                    mine.contains(p.id())));
        }
        return rows;
    }

    ProjectsPage list(Frame frame, TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var rows = rows(filters, towns, asOf);
        var shown = rows.stream().map(ProjectsPage.Row::id).collect(java.util.stream.Collectors.toSet());
        var overdue = ronghe.projects().queries().overdueCommitments(asOf).stream()
                .filter(o -> shown.contains(o.project().toString()))
                .map(o -> new ProjectsPage.Overdue(o.project().toString(), o.projectTitle(),
                        names.organization(o.flagBearer()), o.commitment(), o.deliverable(), o.dueOn(), o.daysLate()))
                .toList();
        return new ProjectsPage(frame, filters.q() == null ? "" : filters.q(), towns.choices(filters.town()), rows,
                overdue, filters.query(asOf));
    }

    byte[] csv(TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var rows = rows(filters, towns, asOf).stream().map(r -> List.of(r.title(), r.domain(), r.flagBearer(),
                r.principal(), r.status(), r.signedOn(), String.valueOf(r.commitments()),
                String.valueOf(r.overdueCommitments()))).toList();
        return Csv.of(List.of("项目", "领域", "牵头单位", "责任主体", "状态", "签约日期", "承诺事项", "逾期事项"), rows);
    }

    ProjectPage page(Frame frame, ProjectId id, LocalDate asOf) {
        var p = ronghe.projects().queries().project(id, asOf);
        String domain = ronghe.projects().queries().domains().stream().filter(d -> d.code().equals(p.domain()))
                .map(d -> d.name().zh()).findFirst().orElse(p.domain().value());
        return new ProjectPage(frame, p.title(), p.titleEn(), domain, label(p.status()), p.statusReason(),
                names.organization(p.flagBearerId()), names.organization(p.principalId()),
                p.coOrganizations().stream().map(c -> names.organization(c.organization())
                        + (c.part() == null ? "" : "（" + c.part() + "）")).toList(),
                p.signedOn() == null ? "未签约" : p.signedOn().toString(), p.atRisk(),
                p.commitments().stream().map(c -> new ProjectPage.Commitment(c.number(), c.deliverable(), c.dueOn(),
                        label(c.status()), c.overdue(), c.daysLate())).toList(),
                p.progress().stream().map(u -> new ProjectPage.Progress(u.reportedOn().toString(),
                        names.organization(u.reportedBy()), u.commitment(), label(u.status()),
                        u.note() == null ? "" : u.note())).toList());
    }

    private String label(Enum<?> value) {
        return messages.label(value, Messages.Language.ZH);
    }
}
