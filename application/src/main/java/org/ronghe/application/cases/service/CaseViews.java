package org.ronghe.application.cases.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.cases.port.in.CasePolicyView;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CaseStep;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.organization.OrganizationId;

/** Cases and the policy as callers read them, with the names of what they name. */
record CaseViews(Organizations organizations) {

    /** Names looked up once per answer (a page names the same towns and departments again and again). */
    final class Names {
        private final Map<OrganizationId, Optional<String>> known = new HashMap<>();

        Optional<String> of(OrganizationId id) {
            return known.computeIfAbsent(id, key -> organizations.findById(key).map(o -> o.name().zh()));
        }
    }

    Names names() {
        return new Names();
    }

    CaseView of(CityCase cityCase, Optional<CasePolicy> policy, Instant asOf) {
        return of(cityCase, policy, asOf, names());
    }

    CaseView of(CityCase cityCase, Optional<CasePolicy> policy, Instant asOf, Names names) {
        var s = cityCase.state();
        Map<String, String> named = new LinkedHashMap<>();
        var progress = s.progress();
        for (OrganizationId id : new OrganizationId[] {progress.routing().town(), progress.department(),
                progress.handler()}) {
            name(id, names, named);
        }
        for (CaseStep step : s.history()) {
            name(step.by(), names, named);
        }
        String categoryName = categoryName(policy, cityCase.category()).orElse(null);
        return new CaseView(s, categoryName, named, progress.routing().codeAt(cityCase.level()), cityCase.dueAt(),
                cityCase.isOverdueAt(asOf), asOf);
    }

    /** A category's Chinese name, while the policy has the category. */
    static Optional<String> categoryName(Optional<CasePolicy> policy, String code) {
        return policy.flatMap(p -> p.category(code)).map(c -> c.name().zh());
    }

    CasePolicyView of(CasePolicy policy) {
        var names = names();
        Map<String, String> departments = new LinkedHashMap<>();
        for (CaseCategory category : policy.state().categories()) {
            name(category.department(), names, departments);
        }
        return new CasePolicyView(policy.state(), departments);
    }

    private static void name(OrganizationId id, Names names, Map<String, String> named) {
        if (id != null) {
            names.of(id).ifPresent(name -> named.put(id.toString(), name));
        }
    }
}
