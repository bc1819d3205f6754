package org.ronghe.application.cases.service;

import java.time.Instant;

import org.ronghe.application.cases.port.in.CasePolicyView;
import org.ronghe.application.cases.port.in.CaseQueries;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.shared.AggregateNotFoundException;

public record CaseQueryService(CityCases cases, CasePolicies policies, Organizations organizations, Clock clock)
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
    public CasePolicyView policy() {
        return new CaseViews(organizations).of(policies.current()
                .orElseThrow(() -> new AggregateNotFoundException("case policy", "current")));
    }
}
