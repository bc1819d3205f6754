package org.ronghe.application.targetsystem.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.application.targetsystem.port.in.DashboardView;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.IndicatorView;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemCommands;
import org.ronghe.application.targetsystem.port.in.TargetSystemQueries;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.application.targetsystem.port.out.TargetSystems;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.access.TargetSystemStewardship;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.AttainmentRollup;
import org.ronghe.domain.targetsystem.Indicator;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.Reading;
import org.ronghe.domain.targetsystem.TargetSystem;
import org.ronghe.domain.targetsystem.TargetSystemId;

/**
 * Defines target systems, adds indicators, takes readings (every write audited, at the version the
 * caller saw) and computes attainment, rollups and live figures on the day asked — never stored.
 */
public record TargetSystemService(TargetSystems systems, References references,
        AggregateWrites<TargetSystem, TargetSystemId> writes, Transactions transactions, Clock clock,
        ActiveGridCounts activeGrids)
        implements TargetSystemCommands, TargetSystemQueries {

    /** The stores the service reads from, besides its own. */
    public record References(Organizations organizations, Areas areas, Committees committees,
            DomainProjects projects, Meetings meetings, FollowUpTasks tasks,
            org.ronghe.application.grid.port.out.GridPlans grids) {
    }

    @Override
    public TargetSystemView define(Caller caller, DefineTargetSystemCommand command) {
        TargetSystemStewardship.requireMayDefine(caller.actor());
        return writes.create(caller, () -> {
            var definition = TargetSystem.define(new TargetSystemId(writes.newId()), command.title(), command.period(),
                    writes.now());
            return new AggregateWrites.Created<>(definition.system(), definition.event());
        }, system -> view(system, clock.today()));
    }

    @Override
    public IndicatorView change(Caller caller, TargetSystemChange change) {
        if (change instanceof TargetSystemChange.AddIndicator add) {
            return add(caller, add);
        }
        return report(caller, (TargetSystemChange.ReportReading) change);
    }

    private IndicatorView add(Caller caller, TargetSystemChange.AddIndicator command) {
        TargetSystemStewardship.requireMayDefine(caller.actor());
        return writes.change(caller, command.system(), command.expectedVersion(), system -> {
            checkReferences(command);
            var indicator = new Indicator(command.code(), command.title(), command.category(), command.unit(),
                    command.direction(), command.baseline(), command.target(), command.interimTargets(),
                    command.responsible(), command.projects(), command.committees(), command.areas(), command.live(),
                    List.of());
            return system.add(indicator, writes.now());
        }, system -> indicatorView(system, system.indicator(command.code()), clock.today(), resolver(clock.today())));
    }

    private void checkReferences(TargetSystemChange.AddIndicator command) {
        if (references.organizations().findById(command.responsible()).isEmpty()) {
            throw new UnknownReferenceException("responsibleId", "organization", command.responsible());
        }
        command.projects().forEach(p -> {
            if (references.projects().findById(p).isEmpty()) {
                throw new UnknownReferenceException("projectIds", "project", p);
            }
        });
        command.committees().forEach(c -> {
            if (references.committees().findById(c).isEmpty()) {
                throw new UnknownReferenceException("committeeIds", "committee", c);
            }
        });
        command.areas().forEach(a -> {
            if (references.areas().findById(a).isEmpty()) {
                throw new UnknownReferenceException("areaIds", "area", a);
            }
        });
    }

    private IndicatorView report(Caller caller, TargetSystemChange.ReportReading command) {
        LocalDate today = clock.today();
        if (command.asOf().isAfter(today)) {
            throw new InvalidValueException("asOf", "lies in the future; a reading reports what is, as of a past day");
        }
        // Who may speak for the figure is settled before whether they saw the latest version.
        return writes.change(caller, command.system(), command.expectedVersion(),
                system -> TargetSystemStewardship.requireMayReport(caller.actor(), indicator(system, command.code())),
                system -> system.report(indicator(system, command.code()).code(), command.value(), command.asOf(),
                        caller.actor().organization(), command.note(), command.evidence(), command.corrects(),
                        writes.now()),
                system -> indicatorView(system, system.indicator(command.code()), today, resolver(today)));
    }

    private static Indicator indicator(TargetSystem system, String code) {
        return system.findIndicator(code).orElseThrow(() -> new AggregateNotFoundException("indicator", code));
    }

    @Override
    public TargetSystemView system(TargetSystemId id, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        return transactions.inTransaction(() -> view(find(id), day));
    }

    @Override
    public Page<TargetSystemView.Summary> systems(PageRequest page) {
        return transactions.inTransaction(() -> systems.find(page).map(s -> new TargetSystemView.Summary(s.getId(),
                s.state().title(), s.state().period(), s.version(), s.state().indicators().size())));
    }

    @Override
    public IndicatorView indicator(TargetSystemId id, String code, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        return transactions.inTransaction(() -> {
            var system = find(id);
            return indicatorView(system, indicator(system, code), day, resolver(day));
        });
    }

    @Override
    public DashboardView dashboard(TargetSystemId id, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        var view = transactions.inTransaction(() -> view(find(id), day));
        Map<IndicatorCategory, List<Attainment>> perCategory = new EnumMap<>(IndicatorCategory.class);
        for (IndicatorCategory category : IndicatorCategory.values()) {
            perCategory.put(category, new ArrayList<>());
        }
        view.indicators().forEach(i -> perCategory.get(i.category()).add(i.attainment()));
        List<DashboardView.CategoryRollup> categories = new ArrayList<>();
        perCategory.forEach((category, attainments) -> categories.add(
                new DashboardView.CategoryRollup(category, AttainmentRollup.of(attainments))));
        var lines = view.indicators().stream()
                .sorted(Comparator.comparing(IndicatorView::attainment).thenComparing(IndicatorView::category)
                        .thenComparing(IndicatorView::code))
                .map(i -> new DashboardView.Line(i.code(), i.title(), i.category(), i.attainment(), i.value(),
                        i.target(), i.unit(), i.live() == null ? null : i.live().figure(), i.responsible()))
                .toList();
        return new DashboardView(view.id(), view.title(), view.period(), view.version(), day,
                (int) Math.floor(view.period().elapsedShare(day) * 100),
                AttainmentRollup.of(view.indicators().stream().map(IndicatorView::attainment).toList()), categories,
                lines);
    }

    private TargetSystem find(TargetSystemId id) {
        return systems.findById(id).orElseThrow(() -> new AggregateNotFoundException("target system", id));
    }

    private LiveFigureResolver resolver(LocalDate day) {
        return new LiveFigureResolver(references.committees(), references.projects(), references.meetings(),
                references.tasks(), activeGrids, day);
    }

    private TargetSystemView view(TargetSystem system, LocalDate day) {
        var resolver = resolver(day);
        var s = system.state();
        return new TargetSystemView(s.id(), s.title(), s.period(), system.version(), day,
                s.indicators().stream().map(i -> indicatorView(system, i, day, resolver)).toList());
    }

    private static IndicatorView indicatorView(TargetSystem system, Indicator i, LocalDate day,
            LiveFigureResolver resolver) {
        var liveValue = resolver.valueOf(i.live());
        // The value on the day: the live figure, or the latest current reading up to it.
        BigDecimal value = liveValue;
        LocalDate valueAsOf = liveValue == null ? null : day;
        if (i.live() == null) {
            Reading latest = i.latestOn(day);
            value = latest == null ? null : latest.value();
            valueAsOf = latest == null ? null : latest.asOf();
        }
        Map<Integer, Integer> supersededBy = new HashMap<>();
        i.readings().forEach(r -> {
            if (r.corrects() != null) {
                supersededBy.put(r.corrects(), r.number());
            }
        });
        var readings = i.readings().stream().map(r -> new IndicatorView.ReadingView(r.number(), r.value(), r.asOf(),
                r.reporter(), r.note(), r.evidence(), r.corrects(), supersededBy.get(r.number()))).toList();
        return new IndicatorView(system.getId(), system.version(), i.code(), i.title(), i.category(), i.unit(),
                i.direction(), i.baseline(), i.target(), i.interimTargets(), i.responsible(), i.projects(),
                i.committees(), i.areas(), IndicatorView.Live.of(i.live()), day, value, valueAsOf,
                i.attainmentOn(day, system.state().period(), liveValue), readings);
    }
}
