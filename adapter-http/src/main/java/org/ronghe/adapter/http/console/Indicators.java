package org.ronghe.adapter.http.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.targetsystem.port.in.IndicatorView;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.TargetSystemId;

/** The target systems' indicators: their list, one indicator's page with its chart, and reporting a reading. */
final class Indicators {

    private final Ronghe ronghe;
    private final Names names;
    private final Messages messages;

    Indicators(Ronghe ronghe, Names names, Messages messages) {
        this.ronghe = ronghe;
        this.names = names;
        this.messages = messages;
    }

    /**
     * Every system's indicators that the filters keep. A system's indicators are one aggregate's: they are kept by
     * the same search and scope the contexts' criteria use, applied to its dashboard.
     */
    List<IndicatorsPage.SystemIndicators> systems(TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var search = filters.search();
        var scope = towns.scope(filters.town());
        List<IndicatorsPage.SystemIndicators> systems = new ArrayList<>();
        for (var summary : ronghe.targetSystems().queries().systems(new PageRequest(1, PageRequest.MAX_SIZE)).items()) {
            var dashboard = ronghe.targetSystems().queries().dashboard(summary.id(), asOf);
            systems.add(new IndicatorsPage.SystemIndicators(summary.id().toString(), dashboard.title(),
                    Towns.ownFirst(dashboard.indicators().stream()
                            .filter(l -> search == null || search.matches(l.title().zh(), l.title().en(), l.code()))
                            .filter(l -> scope == null || scope.includes(l.responsible())).toList(),
                                    l -> isMine(towns, l)).stream()
                            .map(l -> new IndicatorsPage.Line(l.code(), l.title().zh(), label(l.category()),
                                    number(l.value()), number(l.target()), l.unit(), label(l.attainment()),
                                    css(l.attainment()), names.organization(l.responsible()), isMine(towns, l)))
                            .toList()));
        }
        return systems;
    }

    private static boolean isMine(Towns towns, org.ronghe.application.targetsystem.port.in.DashboardView.Line line) {
        return towns.mine() != null && towns.mine().includes(line.responsible());
    }

    IndicatorsPage list(Frame frame, TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var systems = systems(filters, towns, asOf);
        return new IndicatorsPage(frame, filters.q() == null ? "" : filters.q(), towns.choices(filters.town()), systems,
                systems.stream().mapToLong(s -> s.lines().size()).sum(), filters.query(asOf));
    }

    byte[] csv(TaskList.Filters filters, Towns towns, LocalDate asOf) {
        var rows = new ArrayList<List<String>>();
        for (var system : systems(filters, towns, asOf)) {
            system.lines().forEach(l -> rows.add(List.of(system.title(), l.code(), l.title(), l.category(), l.value(),
                    l.target(), l.unit(), l.attainment(), l.responsible())));
        }
        return Csv.of(List.of("目标体系", "编号", "指标", "类别", "当前值", "目标", "单位", "达成情况", "责任单位"), rows);
    }

    IndicatorPage page(Frame frame, Caller viewer, TargetSystemId system, String code, LocalDate asOf, String notice) {
        var view = ronghe.targetSystems().queries().indicator(system, code, asOf);
        var title = ronghe.targetSystems().queries().dashboard(system, asOf).title();
        var actor = viewer.actor();
        boolean mayReport = view.live() == null && actor.role() != Role.READER
                && view.responsible().equals(actor.organization());
        var readings = view.readings().stream().sorted(Comparator.comparing(IndicatorView.ReadingView::asOf)
                .thenComparing(IndicatorView.ReadingView::number)).map(r -> new IndicatorPage.Reading(r.number(),
                        r.asOf().toString(), number(r.value()), names.organization(r.reporter()),
                        r.note() == null ? "" : r.note(), r.supersededBy() == null
                                ? (r.corrects() == null ? "有效" : "更正第 " + r.corrects() + " 条")
                                : "已被第 " + r.supersededBy() + " 条更正")).toList();
        return new IndicatorPage(frame, system.toString(), title, view.code(), view.title().zh(),
                label(view.category()), view.unit(), label(view.direction()), number(view.baseline()),
                number(view.target()), number(view.value()), view.valueAsOf() == null ? "—" : view.valueAsOf().toString(),
                label(view.attainment()), css(view.attainment()), names.organization(view.responsible()),
                view.live() == null ? null : view.live().definition(), chart(view), readings, mayReport,
                view.systemVersion(), notice);
    }

    void report(Caller caller, TargetSystemId system, long version, String code, BigDecimal value, LocalDate asOf,
            String note, String evidence) {
        ronghe.targetSystems().commands().change(caller, new TargetSystemChange.ReportReading(system, version, code,
                value, asOf, note, evidence, null));
    }

    /** The current readings (none superseded) over time, and the target, in the chart's view box. */
    static IndicatorPage.Chart chart(IndicatorView view) {
        var current = view.readings().stream().filter(r -> r.supersededBy() == null && r.value() != null)
                .sorted(Comparator.comparing(IndicatorView.ReadingView::asOf)).toList();
        if (current.isEmpty()) {
            return new IndicatorPage.Chart("", List.of(), null, null, null, null, null, null);
        }
        double low = current.stream().mapToDouble(r -> r.value().doubleValue()).min().orElseThrow();
        double high = current.stream().mapToDouble(r -> r.value().doubleValue()).max().orElseThrow();
        if (view.target() != null) {
            low = Math.min(low, view.target().doubleValue());
            high = Math.max(high, view.target().doubleValue());
        }
        double pad = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.1;
        low -= pad;
        high += pad;
        LocalDate first = current.get(0).asOf();
        LocalDate last = current.get(current.size() - 1).asOf();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double left = 48;
        double right = IndicatorPage.Chart.WIDTH - 16;
        double top = 16;
        double bottom = IndicatorPage.Chart.HEIGHT - 28;
        List<IndicatorPage.Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (var r : current) {
            double x = current.size() == 1 ? (left + right) / 2
                    : left + (right - left) * ChronoUnit.DAYS.between(first, r.asOf()) / days;
            double y = bottom - (bottom - top) * (r.value().doubleValue() - low) / (high - low);
            dots.add(new IndicatorPage.Dot(round(x), round(y), r.asOf() + "：" + number(r.value())));
            points.append(points.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
        }
        Double targetY = view.target() == null ? null
                : round(bottom - (bottom - top) * (view.target().doubleValue() - low) / (high - low));
        return new IndicatorPage.Chart(points.toString(), dots, targetY,
                view.target() == null ? null : "目标 " + number(view.target()), number(BigDecimal.valueOf(high)),
                number(BigDecimal.valueOf(low)), first.toString(), last.toString());
    }

    private String label(Enum<?> value) {
        return value == null ? "—" : messages.label(value, Messages.Language.ZH);
    }

    static String css(Attainment state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        var rounded = value.setScale(Math.min(Math.max(value.scale(), 0), 2), java.math.RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
