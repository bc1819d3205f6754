package org.ronghe.adapter.http.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ronghe.adapter.persistence.usecases.OnMemory;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.shared.BilingualName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A committee's seats as they went, through an export and an import: a unit that left and came back,
 * and two towns that swapped the lead while the committee was being planned.
 */
class CommitteeHistoryRoundTripUseCasesTest {

    private final OnMemory first = new OnMemory();
    private final OnMemory second = new OnMemory();

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void a_member_that_left_and_came_back_and_a_lead_handed_over_are_imported_as_they_went() {
        var ronghe = first.ronghe;
        var admin = OnMemory.ADMIN;
        var district = first.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        var nanxiang = first.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        var malu = first.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        var unit = first.register("REGIONAL_UNIT", "某研究院", district);
        var area = ronghe.areas().commands().define(admin, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of("北部片区", null), Set.of(nanxiang.id(), malu.id())));
        ronghe.committees().commands().plan(admin, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, day("2022-01-01")));
        var c = ronghe.committees().commands().plan(admin, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("北部片区融委会", null), null, area.id(), day("2022-03-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.AppointChair(c.id(), c.version(), new Chair("张三", "书记"),
                day("2022-03-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(c.id(), c.version(), nanxiang.id(),
                MembershipRole.LEAD, day("2022-03-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(c.id(), c.version(), malu.id(),
                MembershipRole.COOPERATING, day("2022-03-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(c.id(), c.version(), unit.id(),
                MembershipRole.PARTICIPATING, day("2022-03-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.ChangeMemberRole(c.id(), c.version(), nanxiang.id(),
                MembershipRole.COOPERATING, day("2022-04-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.ChangeMemberRole(c.id(), c.version(), malu.id(),
                MembershipRole.LEAD, day("2022-04-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.EndMembership(c.id(), c.version(), unit.id(), day("2022-05-01")));
        c = ronghe.committees().commands().change(admin, new CommitteeChange.Establish(c.id(), c.version(),
                day("2022-06-01")));
        ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(c.id(), c.version(), unit.id(),
                MembershipRole.PARTICIPATING, day("2023-01-01")));
        StructureDocument exported = new StructureDocuments(ronghe).export(admin);

        new StructureDocuments(second.ronghe).importStructure(admin, exported);
        StructureDocument again = new StructureDocuments(second.ronghe).export(admin);

        assertThat(JiadingStructureScene.withoutIds(again)).isEqualTo(JiadingStructureScene.withoutIds(exported));
        var seats = again.committees().stream().filter(e -> e.tier().equals("AREA")).findFirst().orElseThrow().members();
        assertThat(seats).extracting(m -> m.role() + " " + m.since() + ".." + m.until()).containsExactlyInAnyOrder(
                "LEAD 2022-03-01..2022-04-01", "COOPERATING 2022-04-01..null", "COOPERATING 2022-03-01..2022-04-01",
                "LEAD 2022-04-01..null", "PARTICIPATING 2022-03-01..2022-05-01", "PARTICIPATING 2023-01-01..null");
        assertThat(List.of(again.committees().size())).containsExactly(2);
    }
}
