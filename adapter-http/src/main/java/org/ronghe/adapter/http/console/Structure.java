package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.MembershipRole;

/**
 * The structure chart and a committee's page. The chart is an outline laid out here, no Graphviz needed: a box
 * a row, indented by depth, so that it reads on a phone as well as on a desk.
 */
final class Structure {

    static final int INDENT = 28;
    static final int ROW = 64;
    static final int BOX_WIDTH = 420;
    static final int BOX_HEIGHT = 52;

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    Structure(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    /** The committees the filters keep, the viewer's own (a seat held by it or one under it) first. */
    List<StructurePage.Row> rows(TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var criteria = new CommitteeCriteria(null, null, null, null, null, filters.search(), towns.scope(filters.town()));
        List<CommitteeView> all = Page.every(page -> ronghe.committees().queries().committees(criteria, asOf, page));
        var mine = towns.ofMine(scope -> Page.every(page -> ronghe.committees().queries().committees(
                new CommitteeCriteria(null, null, null, null, null, filters.search(), scope), asOf, page)).stream()
                .map(CommitteeView::id).toList());
        var rows = new ArrayList<StructurePage.Row>();
        for (var c : Towns.ownFirst(all, v -> mine.contains(v.id()))) {
            var lead = c.members().stream().filter(m -> m.role() == MembershipRole.LEAD)
                    .map(m -> c.organizationNames().getOrDefault(m.organization().toString(), "—")).findFirst()
                    .orElse("未定");
            String focus = c.field() != null ? label(c.field())
                    : c.areaId() != null ? names.area(c.areaId()) : "—";
            rows.add(new StructurePage.Row(c.id().toString(), c.name(), label(c.tier()), focus, lead, c.members().size(),
                    label(c.status()), mine.contains(c.id())));
        }
        return rows;
    }

    byte[] csv(TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var rows = rows(filters, towns, asOf).stream().map(r -> List.of(r.name(), r.tier(), r.focus(), r.lead(),
                String.valueOf(r.members()), r.status())).toList();
        return Csv.of(List.of("委员会", "层级", "领域或片区", "统筹协调单位", "成员数", "状态"), rows);
    }

    StructurePage chart(Frame frame, TaskList.Filters filters, Towns towns, LocalDate asOf) {
        StructureView view = ronghe.committees().queries().structure(asOf);
        List<StructurePage.Box> boxes = new ArrayList<>();
        List<StructurePage.Link> links = new ArrayList<>();
        int[] depth = {0};
        for (var root : view.roots()) {
            place(root, 0, null, boxes, links, depth);
        }
        var counts = new StringBuilder();
        view.counts().forEach((tier, byStatus) -> {
            long established = byStatus.getOrDefault(CommitteeStatus.ESTABLISHED, 0L);
            counts.append(counts.isEmpty() ? "" : "，").append(label(tier)).append(" ").append(established).append(" 个");
        });
        return new StructurePage(frame, BOX_WIDTH + 8 + INDENT * depth[0], Math.max(ROW, boxes.size() * ROW), boxes,
                links, counts.toString(), filters.q() == null ? "" : filters.q(), towns.choices(filters.town()),
                rows(filters, towns, asOf), filters.query(asOf));
    }

    private void place(StructureView.Node node, int level, StructurePage.Box parent, List<StructurePage.Box> boxes,
            List<StructurePage.Link> links, int[] deepest) {
        deepest[0] = Math.max(deepest[0], level);
        double x = 4 + level * INDENT;
        double y = 4 + boxes.size() * ROW;
        var lead = node.members().stream().filter(m -> m.role() == MembershipRole.LEAD).map(StructureView.Member::name)
                .findFirst().orElse("未定");
        String detail = label(node.tier()) + (node.field() == null ? "" : " · " + label(node.field()))
                + (node.areaName() == null ? "" : " · " + node.areaName()) + " · 统筹协调：" + lead + " · 成员 "
                + node.members().size() + " · " + label(node.status());
        var box = new StructurePage.Box(node.id().toString(), x, y, node.name(), detail,
                node.status().name().toLowerCase(java.util.Locale.ROOT));
        boxes.add(box);
        if (parent != null) {
            double fromX = parent.x() + INDENT / 2.0;
            double fromY = parent.y() + BOX_HEIGHT;
            double toY = y + BOX_HEIGHT / 2.0;
            links.add(new StructurePage.Link("M" + fromX + " " + fromY + " V" + toY + " H" + x));
        }
        for (var child : node.children()) {
            place(child, level + 1, box, boxes, links, deepest);
        }
    }

    CommitteePage committee(Frame frame, CommitteeId id, LocalDate asOf) {
        var c = ronghe.committees().queries().committee(id, asOf);
        var members = c.members().stream().map(this::member).toList();
        var history = c.history().stream().map(this::member).toList();
        var rules = c.rules().stream().map(r -> new CommitteePage.Rules(r.title(), label(r.kind()), r.version(),
                r.adoptedOn().toString(), r.textOrLink())).toList();
        return new CommitteePage(frame, id.toString(), c.name(), c.nameEn(), label(c.tier()),
                c.field() == null ? "—" : label(c.field()),
                c.areaId() == null ? "—" : names.area(c.areaId()),
                label(c.status()), c.parentId() == null ? "—" : names.committee(c.parentId(), asOf),
                c.parentId() == null ? null : c.parentId().toString(), day(c.plannedOn()), day(c.establishedOn()),
                day(c.dissolvedOn()), c.chair() == null ? "未任命" : c.chair().name() + "（" + c.chair().position() + "）",
                members, history, rules);
    }

    private CommitteePage.Member member(org.ronghe.domain.committee.Membership m) {
        return new CommitteePage.Member(names.organization(m.organization()), label(m.role()), day(m.since()),
                day(m.until()));
    }

    private static String day(LocalDate day) {
        return day == null ? "—" : day.toString();
    }

    private String label(Enum<?> value) {
        return messages.label(value, Messages.Language.ZH);
    }
}
