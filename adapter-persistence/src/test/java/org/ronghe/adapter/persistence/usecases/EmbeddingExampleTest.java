package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.shared.BilingualName;

import org.junit.jupiter.api.Test;

/** The README's embedding example, word for word, so that it keeps compiling and working. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_builds_an_established_area_committee() {
        CommitteeView established;
        // --- README example begins
        try (Storage storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
            Ronghe ronghe = Ronghe.on(storage);
            Caller admin = Caller.system("embedding example"); // who acts: for authorization and the audit trail
            var district = ronghe.organizations().commands().register(admin, RegisterOrganizationCommand
                    .parse("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null, null, "嘉定区"));
            var town = ronghe.organizations().commands().register(admin, RegisterOrganizationCommand
                    .parse("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", null, district.id().toString(), null));
            var ximen = ronghe.areas().commands().define(admin, new DefineAreaCommand(AreaLayout.AREA,
                    BilingualName.of("西门历史文化街区", "Ximen"), Set.of(town.id())));
            ronghe.committees().commands().plan(admin, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                    BilingualName.of("嘉定新城融合型党建推进委员会", null), null, null, LocalDate.of(2021, 6, 1)));
            var committee = ronghe.committees().commands().plan(admin, new PlanCommitteeCommand(CommitteeTier.AREA,
                    BilingualName.of("西门历史文化街区片区融委会", null), null, ximen.id(), LocalDate.of(2022, 3, 1)));
            committee = ronghe.committees().commands().change(admin, new CommitteeChange.AppointChair(committee.id(), committee.version(),
                    new Chair("张某", "街道党工委书记"), LocalDate.of(2022, 3, 1)));
            committee = ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(committee.id(), committee.version(),
                    town.id(), MembershipRole.LEAD, LocalDate.of(2022, 3, 1)));
            committee = ronghe.committees().commands().change(admin, new CommitteeChange.Establish(committee.id(),
                    committee.version(), LocalDate.of(2022, 6, 30)));
            // --- README example ends
            established = committee;
        }
        assertThat(established.status()).isEqualTo(CommitteeStatus.ESTABLISHED);
        assertThat(established.members()).hasSize(1);
    }
}
