package org.ronghe.adapter.http.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.AttainmentRollup;
import org.ronghe.domain.task.TaskCriteria;

/** Gathers 总览 from the contexts' queries, names beside every id. */
final class Overview {

    /** The states in the order a bar shows them: the good end first. */
    private static final List<Attainment> BAR_ORDER = List.of(Attainment.MET, Attainment.ON_TRACK, Attainment.AT_RISK,
            Attainment.OFF_TRACK, Attainment.NO_DATA);
    private static final int OVERDUE_SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Ronghe ronghe;
    private final Messages messages;
    private final Names names;

    Overview(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    OverviewPage page(Frame frame, Caller caller, LocalDate asOf) {
        var legend = BAR_ORDER.stream().map(a -> new OverviewPage.Legend(Indicators.css(a), label(a))).toList();
        // the overdue work of one's own organization and of every one under it (a town's villages and units);
        // the district's administrators see all of it
        OrganizationScope within = new Towns(ronghe, caller).mine();
        var overdue = Page.every(page -> ronghe.tasks().queries().tasks(new TaskCriteria(null, null, null, null, true,
                asOf, null, within), asOf, page));
        var tasks = overdue.stream().limit(OVERDUE_SHOWN).map(t -> new OverviewPage.TaskRow(t.task().id().toString(),
                t.task().title(), committee(t.task().hostCommittee(), asOf), organization(t.task().assignee()),
                t.task().dueOn(), t.daysLate(), label(t.task().status()))).toList();
        Set<org.ronghe.domain.project.ProjectId> concerningMine = within == null ? Set.of()
                : Page.every(page -> ronghe.projects().queries().projects(new ProjectCriteria(null, null, null, null,
                        null, within), asOf, page)).stream().map(ProjectView::id).collect(Collectors.toSet());
        var commitments = ronghe.projects().queries().overdueCommitments(asOf).stream()
                .filter(o -> within == null || concerningMine.contains(o.project()))
                .map(o -> new OverviewPage.CommitmentRow(o.project().toString(), o.projectTitle(),
                        organization(o.flagBearer()), o.commitment() + ". " + o.deliverable(), o.dueOn(), o.daysLate()))
                .toList();
        String scope = within == null ? "全区" : "本单位（" + organization(within.root()) + "）及所属单位";
        LocalDate monday = asOf.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        return new OverviewPage(frame, systems(asOf), legend, tasks, overdue.size(), scope, commitments,
                closure(asOf), monday, sunday, meetings(monday, sunday, asOf));
    }

    private List<OverviewPage.SystemPanel> systems(LocalDate asOf) {
        List<OverviewPage.SystemPanel> panels = new ArrayList<>();
        for (var summary : ronghe.targetSystems().queries().systems(new PageRequest(1, PageRequest.MAX_SIZE)).items()) {
            var dashboard = ronghe.targetSystems().queries().dashboard(summary.id(), asOf);
            List<OverviewPage.Bar> categories = new ArrayList<>();
            dashboard.categories().forEach(c -> categories.add(bar(label(c.category()), c.rollup())));
            Integer healthy = dashboard.overall().healthyPercent();
            panels.add(new OverviewPage.SystemPanel(summary.id().toString(), dashboard.title(),
                    dashboard.elapsedPercent(), healthy == null ? "暂无数据" : healthy + "%",
                    bar("全部指标", dashboard.overall()), categories));
        }
        return panels;
    }

    private OverviewPage.Bar bar(String name, AttainmentRollup rollup) {
        List<OverviewPage.Segment> segments = new ArrayList<>();
        double x = 0;
        for (Attainment state : BAR_ORDER) {
            int count = rollup.counts().getOrDefault(state, 0);
            double width = rollup.indicators() == 0 ? 0 : 100.0 * count / rollup.indicators();
            if (count > 0) {
                segments.add(new OverviewPage.Segment(Indicators.css(state), label(state), count, round(x), round(width)));
            }
            x += width;
        }
        return new OverviewPage.Bar(name, rollup.indicators(), segments);
    }

    private List<OverviewPage.ClosureRow> closure(LocalDate asOf) {
        return ronghe.tasks().queries().closure(asOf).stream().filter(c -> c.dimension().equals("committee"))
                .map(c -> new OverviewPage.ClosureRow(committee(CommitteeId.parse("committee", c.key()), asOf),
                        c.tasks(), c.verified(), (int) Math.floor(c.closureRate() * 100),
                        c.medianDaysToVerify() == null ? "—" : String.valueOf(c.medianDaysToVerify()), c.overdue()))
                .toList();
    }

    private List<OverviewPage.MeetingRow> meetings(LocalDate monday, LocalDate sunday, LocalDate asOf) {
        var from = monday.atStartOfDay(Console.CITY_TIME).toInstant();
        var until = sunday.plusDays(1).atStartOfDay(Console.CITY_TIME).toInstant();
        var week = ronghe.meetings().queries().meetings(new MeetingCriteria(null, null, null, from, until),
                new PageRequest(1, PageRequest.MAX_SIZE));
        return week.items().stream().map(m -> m.meeting()).map(m -> new OverviewPage.MeetingRow(m.title(),
                committee(m.host(), asOf), label(m.mechanism()), WHEN.format(m.slot().start().atZone(Console.CITY_TIME)),
                m.slot().venue() == null ? "—" : m.slot().venue(), label(m.status()))).toList();
    }

    private String committee(CommitteeId id, LocalDate asOf) {
        return names.committee(id, asOf);
    }

    private String organization(OrganizationId id) {
        return names.organization(id);
    }

    private String label(Enum<?> value) {
        return messages.label(value, Messages.Language.ZH);
    }


    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }
}
