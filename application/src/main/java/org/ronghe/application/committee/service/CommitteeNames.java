package org.ronghe.application.committee.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.organization.OrganizationId;

/** The Chinese names of the organizations that ever sat on some committees, by id: one read for them all. */
final class CommitteeNames {

    private CommitteeNames() {
    }

    static Map<String, String> of(Collection<FusionCommittee> committees, Organizations organizations) {
        var ids = new HashSet<OrganizationId>();
        committees.forEach(c -> c.memberships().forEach(m -> ids.add(m.organization())));
        var names = new HashMap<String, String>();
        if (!ids.isEmpty()) {
            organizations.namesOf(ids).forEach((id, name) -> names.put(id.toString(), name));
        }
        return names;
    }
}
