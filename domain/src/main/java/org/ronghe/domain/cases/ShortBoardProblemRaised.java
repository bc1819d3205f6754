package org.ronghe.domain.cases;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.committee.CommitteeId;

/** Cases of one category piled up in one village grid: a short-board problem was raised for a committee. */
public record ShortBoardProblemRaised(ShortBoardProblemId problem, String category, String villageGridCode,
        int cases, CommitteeId committee, Instant occurredAt) implements DomainEvent {
}
