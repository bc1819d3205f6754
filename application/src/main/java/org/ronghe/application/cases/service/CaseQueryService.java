package org.ronghe.application.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ronghe.application.cases.port.in.CaseFiguresView;
import org.ronghe.application.cases.port.in.CasePolicyView;
import org.ronghe.application.cases.port.in.CaseQueries;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.application.cases.port.in.ShortBoardProblemView;
import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.cases.port.out.ShortBoardProblems;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.grid.port.in.GridQueries;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseFigure;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;

/** Reads cases, the policy and the figures, with the names a person reads beside ids. */
public record CaseQueryService(CityCases cases, CasePolicies policies, ShortBoardProblems problems,
        Organizations organizations, GridQueries grids, CommitteeQueries committees, Clock clock)
        implements CaseQueries {

    private Instant at(Instant asOf) {
        return asOf != null ? asOf : clock.now();
    }

    @Override
    public CaseView cityCase(CaseId id, Instant asOf) {
        var found = cases.findById(id).orElseThrow(() -> new AggregateNotFoundException("case", id));
        return new CaseViews(organizations).of(found, policies.current(), at(asOf));
    }

    @Override
    public Page<CaseView> cases(CaseCriteria criteria, PageRequest page, Instant asOf) {
        var views = new CaseViews(organizations);
        var names = views.names();
        var policy = policies.current();
        Instant at = at(asOf);
        return cases.find(criteria, page).map(c -> views.of(c, policy, at, names));
    }

    @Override
    public Page<CaseView> overdueCases(CaseCriteria criteria, PageRequest page, Instant asOf) {
        Instant at = at(asOf);
        return cases(criteria.overdueAt(at), page, at);
    }

    @Override
    public CaseFiguresView figures(CaseFigureQuery.Grouping by, Instant from, Instant to, Instant asOf) {
        var query = new CaseFigureQuery(by, from, to, at(asOf));
        var names = new CaseViews(organizations).names();
        var policy = policies.current();
        LocalDate day = LocalDate.ofInstant(query.asOf(), Clock.CITY_TIME);
        List<CaseFiguresView.Row> rows = new ArrayList<>();
        for (CaseFigure figure : cases.figures(query)) {
            String key = figure.key();
            String name = key == null ? null : switch (by) {
                case TOWN, DEPARTMENT -> names.of(OrganizationId.parse("key", key)).orElse(null);
                case GRID -> gridCode(GridId.parse("key", key), day);
                case CATEGORY -> CaseViews.categoryName(policy, key).orElse(key);
            };
            rows.add(new CaseFiguresView.Row(figure, name));
        }
        return new CaseFiguresView(query, rows);
    }

    /** A grid's code, as of the day or, retired since, as it last read. */
    private String gridCode(GridId id, LocalDate day) {
        try {
            return grids.grid(id, day).grid().grid().code().value();
        } catch (AggregateNotFoundException gone) {
            return null;
        }
    }

    @Override
    public Page<ShortBoardProblemView> shortBoardProblems(CommitteeId committee, OrganizationId town, String category,
            PageRequest page) {
        var names = new CaseViews(organizations).names();
        var policy = policies.current();
        LocalDate today = LocalDate.ofInstant(clock.now(), Clock.CITY_TIME);
        return problems.find(committee, town, category, page).map(found -> {
            var s = found.state();
            return new ShortBoardProblemView(s, CaseViews.categoryName(policy, s.category()).orElse(s.category()),
                    names.of(s.town()).orElse(null), committeeName(s.committee(), today));
        });
    }

    private String committeeName(CommitteeId id, LocalDate day) {
        if (id == null) {
            return null;
        }
        try {
            return committees.committee(id, day).name();
        } catch (AggregateNotFoundException gone) {
            return null;
        }
    }

    @Override
    public CasePolicyView policy() {
        return new CaseViews(organizations).of(policies.current()
                .orElseThrow(() -> new AggregateNotFoundException("case policy", "current")));
    }
}
