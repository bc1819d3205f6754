package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.task.TaskCriteria;

/** Meetings as a searchable list (page and CSV), and a meeting's page, through the meeting and task contexts. */
final class Meetings {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    Meetings(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    record Filters(String q, MeetingStatus status, OrganizationId town) {

        Filters {
            q = ListParameters.searchText(q);
        }

        String query(LocalDate asOf) {
            return new TaskList.Filters(q, null, town).query(asOf) + (status == null ? "" : "&status=" + status.name());
        }
    }

    List<MeetingsPage.Row> rows(Filters filters, Towns towns, LocalDate asOf) {
        var search = ListParameters.search(filters.q());
        var criteria = new MeetingCriteria(null, null, filters.status(), null, null, search,
                towns.scope(filters.town()));
        List<MeetingView> all = Page.every(page -> ronghe.meetings().queries().meetings(criteria, page));
        var mine = towns.ofMine(scope -> Page.every(page -> ronghe.meetings().queries().meetings(new MeetingCriteria(null,
                null, filters.status(), null, null, search, scope), page)).stream().map(v -> v.meeting().id()).toList());
        var rows = new ArrayList<MeetingsPage.Row>();
        for (var view : Towns.ownFirst(all, v -> mine.contains(v.meeting().id()))) {
            var m = view.meeting();
            rows.add(new MeetingsPage.Row(m.id().toString(), m.title(), names.committee(m.host(), asOf),
                    label(m.mechanism()), WHEN.format(m.slot().start().atZone(Console.CITY_TIME)),
                    m.slot().venue() == null ? "—" : m.slot().venue(), label(m.status()), m.agenda().size(),
                    m.resolutions().size(), mine.contains(m.id())));
        }
        return rows;
    }

    MeetingsPage list(Frame frame, Filters filters, Towns towns, LocalDate asOf) {
        var statuses = Arrays.stream(MeetingStatus.values()).map(s -> new Choice(s.name(), label(s),
                s == filters.status())).toList();
        return new MeetingsPage(frame, filters.q() == null ? "" : filters.q(), statuses, towns.choices(filters.town()),
                rows(filters, towns, asOf), filters.query(asOf));
    }

    byte[] csv(Filters filters, Towns towns, LocalDate asOf) {
        var rows = rows(filters, towns, asOf).stream().map(r -> List.of(r.title(), r.committee(), r.mechanism(),
                r.when(), r.venue(), r.status(), String.valueOf(r.agendaItems()), String.valueOf(r.resolutions())))
                .toList();
        return Csv.of(List.of("会议", "召集委员会", "机制", "时间", "地点", "状态", "议题数", "决议数"), rows);
    }

    MeetingPage page(Frame frame, MeetingId id, LocalDate asOf) {
        var view = ronghe.meetings().queries().meeting(id);
        var m = view.meeting();
        var agenda = m.agenda().stream().map(a -> new MeetingPage.Item(a.number(), names.organization(a.raisedBy()),
                a.problem(), a.carriedFrom() == null ? null : "由前次会议议题 " + a.carriedFromItem() + " 转入")).toList();
        var resolutions = m.resolutions().stream().map(r -> new MeetingPage.Decision(r.number(), r.agendaItem(),
                r.text(), view.closedResolutions().contains(r.number()))).toList();
        var tasks = Page.every(page -> ronghe.tasks().queries().tasks(TaskCriteria.ofMeeting(id), asOf, page)).stream()
                .map(t -> new MeetingPage.TaskLink(t.task().id().toString(), t.task().title(),
                        names.organization(t.task().assignee()), label(t.task().status()))).toList();
        return new MeetingPage(frame, m.title(), names.committee(m.host(), asOf), label(m.mechanism()),
                WHEN.format(m.slot().start().atZone(Console.CITY_TIME)) + " 至 "
                        + WHEN.format(m.slot().end().atZone(Console.CITY_TIME)),
                m.slot().venue() == null ? "—" : m.slot().venue(), label(m.status()), m.cancelReason(),
                m.invited().stream().map(names::organization).sorted().toList(),
                m.attended().stream().map(names::organization).sorted().toList(), agenda, m.minutes(), resolutions,
                tasks);
    }

    private String label(Enum<?> value) {
        return messages.label(value, Messages.Language.ZH);
    }
}
