package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.area.AreaNames;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.BilingualName;

/** Committees, areas and candidate members of Jiading New City for scenarios. */
final class CommitteeFixtures {

    static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);
    static final LocalDate ESTABLISHED = LocalDate.of(2022, 9, 1);

    private CommitteeFixtures() {
    }

    static Candidate candidate(OrganizationKind kind) {
        return new Candidate(new OrganizationId(UUID.randomUUID()), kind, OrganizationStatus.ACTIVE);
    }

    static Area area(String name, Candidate... towns) {
        Set<OrganizationId> ids = new HashSet<>();
        for (Candidate town : towns) {
            ids.add(town.organization());
        }
        return Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA, BilingualName.of(name, null), ids,
                AreaNames.none(), NOW).area();
    }

    /** The committees planned so far in a scenario, as the planning rules see them. */
    static final class Registry implements CommitteeRegistry {
        CommitteeId promotion;
        final Set<ProfessionalField> fields = new HashSet<>();
        final Set<AreaId> areas = new HashSet<>();

        @Override
        public Optional<CommitteeId> promotionCommittee() {
            return Optional.ofNullable(promotion);
        }

        @Override
        public boolean coversField(ProfessionalField field) {
            return fields.contains(field);
        }

        @Override
        public boolean coversArea(AreaId area) {
            return areas.contains(area);
        }

        FusionCommittee plan(CommitteeTier tier, String name, ProfessionalField field, AreaId area) {
            var committee = FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), tier, BilingualName.of(name, null),
                    field, area, this, PLANNED, NOW).committee();
            switch (tier) {
                case DISTRICT_PROMOTION -> promotion = committee.getId();
                case PROFESSIONAL -> fields.add(field);
                case AREA -> areas.add(area);
            }
            return committee;
        }
    }
}
