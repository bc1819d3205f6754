package org.ronghe.domain.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds organizations of the Jiading hierarchy for scenarios. */
final class OrganizationFixtures {

    static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");

    private OrganizationFixtures() {
    }

    static OrganizationId anId() {
        return new OrganizationId(UUID.randomUUID());
    }

    static Organization districtCommittee() {
        return Organization.register(anId(), OrganizationKind.DISTRICT_PARTY_COMMITTEE,
                OrganizationName.of("中共上海市嘉定区委员会", "Jiading District Party Committee"), null,
                new Jurisdiction("嘉定区"), SiblingNames.none(), NOW).organization();
    }

    static Organization under(Organization parent, OrganizationKind kind, String name, List<OrganizationId> ancestors) {
        return Organization.register(anId(), kind, OrganizationName.of(name), ProspectiveParent.of(parent, ancestors),
                null, SiblingNames.none(), NOW).organization();
    }

    static ProspectiveParent asParent(Organization parent, Organization... ancestorsTopFirst) {
        List<OrganizationId> ids = new ArrayList<>();
        for (Organization ancestor : ancestorsTopFirst) {
            ids.add(ancestor.getId());
        }
        return ProspectiveParent.of(parent, ids);
    }
}
