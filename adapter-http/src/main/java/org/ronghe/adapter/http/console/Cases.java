package org.ronghe.adapter.http.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseStatus;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.InvalidValueException;

/** A case queue: a town's operators see their town's cases, a department's its own, the district every one. */
final class Cases {

    static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Ronghe ronghe;
    private final Messages messages;

    Cases(Ronghe ronghe, Messages messages) {
        this.ronghe = ronghe;
        this.messages = messages;
    }

    /**
     * @param category a category's code, as the case policy names them (null: every category)
     * @param q        a search of what a case says: its description or its address
     */
    record Filters(CaseStatus status, OrganizationId town, GridId grid, boolean overdue, String category, String q) {

        Filters {
            category = category == null || category.isBlank() ? null : category.strip();
            q = ListParameters.searchText(q);
        }
    }

    /** The queue's criteria: the filters, within the viewer's own town or department when it has one. */
    private CaseCriteria criteria(Caller viewer, Filters filters) {
        OrganizationId town = filters.town();
        OrganizationId department = null;
        var mine = viewer.actor().organization();
        if (mine != null) {
            var kind = ronghe.organizations().queries().organization(mine).kind();
            if (kind == OrganizationKind.TOWN_PARTY_COMMITTEE && town == null) {
                town = mine;
            } else if (kind == OrganizationKind.DEPARTMENT_PARTY_BODY) {
                department = mine;
            }
        }
        if (filters.category() != null && categories().stream().noneMatch(c -> c.code().equals(filters.category()))) {
            throw new InvalidValueException("category", "没有这一类别");
        }
        var criteria = new CaseCriteria(filters.status(), town, filters.grid(), department, filters.category(), null)
                .saying(ListParameters.search(filters.q()));
        return filters.status() == null ? criteria.open(true) : criteria;
    }

    private List<CaseCategory> categories() {
        return ronghe.cases().queries().policy().policy().categories();
    }

    private String scope(Caller viewer, Names names) {
        var mine = viewer.actor().organization();
        return mine == null ? "全区未结案件" : names.organization(mine) + "的案件";
    }

    CasesPage page(Frame frame, Caller viewer, Filters filters, Towns towns, Names names, Instant at, String query) {
        var criteria = criteria(viewer, filters);
        var page = filters.overdue() ? ronghe.cases().queries().overdueCases(criteria, new PageRequest(1, SHOWN), at)
                : ronghe.cases().queries().cases(criteria, new PageRequest(1, SHOWN), at);
        var statuses = Arrays.stream(CaseStatus.values()).map(s -> new Choice(s.name(), label(s),
                s == filters.status())).toList();
        var categories = categories().stream().map(c -> new Choice(c.code(), c.name().zh(),
                c.code().equals(filters.category()))).toList();
        return new CasesPage(frame, scope(viewer, names), filters.q() == null ? "" : filters.q(), statuses,
                towns.choices(filters.town()), categories,
                filters.overdue(),
                filters.grid() == null ? "" : filters.grid().toString(), page.items().stream().map(this::row).toList(),
                page.totalItems(), query);
    }

    byte[] csv(Caller viewer, Filters filters, Instant at) {
        var criteria = criteria(viewer, filters);
        List<CaseView> all = Page.every(p -> filters.overdue() ? ronghe.cases().queries().overdueCases(criteria, p, at)
                : ronghe.cases().queries().cases(criteria, p, at));
        var rows = all.stream().map(this::row).map(r -> List.of(r.id(), r.category(), r.status(), r.town(), r.grid(),
                r.department(), r.received(), r.due(), r.overdue() ? "是" : "否", r.address())).toList();
        return Csv.of(List.of("案件编号", "类别", "状态", "街镇", "网格", "责任部门", "受理时间", "时限", "超时", "地址"), rows);
    }

    private CasesPage.Row row(CaseView view) {
        var c = view.cityCase();
        var progress = c.progress();
        var names = view.organizationNames();
        return new CasesPage.Row(c.id().toString(), view.categoryName(), label(progress.status()),
                progress.routing().town() == null ? "待派遣" : names.getOrDefault(progress.routing().town().toString(), "—"),
                view.answeringGridCode() == null ? "—" : view.answeringGridCode(),
                progress.department() == null ? "—" : names.getOrDefault(progress.department().toString(), "—"),
                WHEN.format(c.intake().receivedAt().atZone(Console.CITY_TIME)),
                view.dueAt() == null ? "—" : WHEN.format(view.dueAt().atZone(Console.CITY_TIME)), view.overdue(),
                c.intake().address() == null ? "" : c.intake().address());
    }

    private String label(Enum<?> value) {
        return messages.label(value, Messages.Language.ZH);
    }
}
