package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.ronghe.application.Ronghe;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;

/** Names beside ids, looked up once per page: a person never has to look an id up. */
final class Names {

    private final Ronghe ronghe;
    private final Map<CommitteeId, String> committees = new HashMap<>();
    private final Map<OrganizationId, String> organizations = new HashMap<>();
    private final Map<AreaId, String> areas = new HashMap<>();

    Names(Ronghe ronghe) {
        this.ronghe = ronghe;
    }

    String committee(CommitteeId id, LocalDate asOf) {
        return committees.computeIfAbsent(id, key -> ronghe.committees().queries().committee(key, asOf).name());
    }

    String area(AreaId id) {
        return areas.computeIfAbsent(id, key -> ronghe.areas().queries().area(key).name());
    }

    String organization(OrganizationId id) {
        return id == null ? "系统管理员"
                : organizations.computeIfAbsent(id, key -> ronghe.organizations().queries().organization(key).name());
    }
}
