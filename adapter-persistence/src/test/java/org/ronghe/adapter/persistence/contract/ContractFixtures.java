package org.ronghe.adapter.persistence.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ronghe.application.storage.Storage;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeRegistry;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.ProspectiveParent;
import org.ronghe.domain.organization.SiblingNames;
import org.ronghe.domain.shared.BilingualName;

/** Rows the contracts of later aggregates refer to: organizations and a committee, stored directly. */
final class ContractFixtures {

    private static final CommitteeRegistry EMPTY_REGISTRY = new CommitteeRegistry() {
        @Override
        public Optional<CommitteeId> promotionCommittee() {
            return Optional.empty();
        }

        @Override
        public boolean coversField(ProfessionalField field) {
            return false;
        }

        @Override
        public boolean coversArea(AreaId area) {
            return false;
        }
    };

    private ContractFixtures() {
    }

    static Organization organization(Storage storage, OrganizationKind kind, String name, Organization parent,
            Instant now) {
        var o = Organization.register(new OrganizationId(UUID.randomUUID()), kind, OrganizationName.of(name),
                parent == null ? null : ProspectiveParent.of(parent, List.of()), null, SiblingNames.none(), now)
                .organization();
        storage.organizations().add(o);
        return o;
    }

    static CommitteeId promotionCommittee(Storage storage, Instant now) {
        var promotion = FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, EMPTY_REGISTRY, LocalDate.of(2021, 1, 1), now).committee();
        storage.committees().add(promotion);
        return promotion.getId();
    }
}
