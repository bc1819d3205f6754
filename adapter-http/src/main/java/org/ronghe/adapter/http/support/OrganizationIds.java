package org.ronghe.adapter.http.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Lists of organization ids in request bodies, each bad one collected under the list's field. */
public final class OrganizationIds {

    private OrganizationIds() {
    }

    /** The parsed ids in order, without repeats; empty when the list is absent. */
    public static Set<OrganizationId> parse(String field, List<String> texts, Violations violations) {
        Set<OrganizationId> parsed = new LinkedHashSet<>();
        if (texts != null) {
            texts.forEach(text -> parsed.add(violations.check(() -> OrganizationId.parse(field, text))));
        }
        return parsed;
    }

    /** The same, refused at once with every bad id named. */
    public static Set<OrganizationId> parse(String field, List<String> texts) {
        var violations = new Violations();
        var parsed = parse(field, texts, violations);
        violations.throwIfAny();
        return parsed;
    }
}
