package org.ronghe.adapter.persistence.usecases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.shared.BilingualName;

/**
 * The Jiading new city as the committee scenarios find it: the district party committee, three towns
 * (two of them making up the Ximen historic-cultural block), two district departments and a research
 * institute, on the in-memory adapter with the clock on 2023-04-04.
 */
public final class JiadingCommitteeScene implements AutoCloseable {

    static final Caller ADMIN = OnMemory.ADMIN;

    final OnMemory memory = new OnMemory();
    public final Ronghe ronghe = memory.ronghe;
    public final OrganizationView district = memory.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
    final OrganizationView jiadingTown = memory.register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district);
    final OrganizationView xinchengluTown = memory.register("TOWN_PARTY_COMMITTEE", "新成路街道党工委", district);
    final OrganizationView maluTown = memory.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
    final OrganizationView culture = memory.register("DEPARTMENT_PARTY_BODY", "区文化旅游局党委", district);
    final OrganizationView transport = memory.register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
    final OrganizationView institute = memory.register("REGIONAL_UNIT", "上海某研究院", district);
    final AreaView ximen = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA,
            BilingualName.of("西门历史文化街区", "Ximen historic-cultural block"),
            Set.of(jiadingTown.id(), xinchengluTown.id())));

    CommitteeView plan(CommitteeTier tier, String name, ProfessionalField field, AreaId area, LocalDate plannedOn) {
        return ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(tier, BilingualName.of(name, null), field,
                area, plannedOn));
    }

    public CommitteeView promotion(LocalDate plannedOn) {
        return ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("嘉定新城融合型党建推进委员会", "Jiading New City promotion committee"), null, null,
                plannedOn));
    }

    public CommitteeView ximenCommittee(LocalDate plannedOn) {
        return plan(CommitteeTier.AREA, "西门片区融委会", null, ximen.id(), plannedOn);
    }

    /** Admits the organization, by an ADMIN, on the committee's current version. */
    public CommitteeView admit(CommitteeView committee, OrganizationView organization, MembershipRole role, LocalDate since) {
        return ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), committee.version(),
                organization.id(), role, since));
    }

    CommitteeView current(CommitteeView committee) {
        return ronghe.committees().queries().committee(committee.id(), null);
    }

    Caller operatorOf(OrganizationView organization) {
        return memory.operatorOf(organization);
    }

    List<AuditEntry> auditOf(CommitteeView committee) {
        return memory.auditOf(committee.id().toString());
    }

    @Override
    public void close() {
        memory.close();
    }
}
