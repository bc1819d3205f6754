package org.ronghe.domain.committee;

import java.util.Optional;

import org.ronghe.domain.area.AreaId;

/**
 * What the planning rules need to know about the other committees (none of them dissolved). The
 * application backs it with repository look-ups.
 */
public interface CommitteeRegistry {

    /** The district promotion committee, if one stands. */
    Optional<CommitteeId> promotionCommittee();

    /** Whether a professional committee stands for the field. */
    boolean coversField(ProfessionalField field);

    /** Whether an area committee stands for the area. */
    boolean coversArea(AreaId area);
}
