package org.ronghe.domain.committee;

/** 统筹协调 / 积极配合 / 广泛参与: how an organization takes part in a committee. */
public enum MembershipRole {
    /** Coordinates: the town of an area committee; exactly one per committee. */
    LEAD,
    /** Cooperates: district departments. */
    COOPERATING,
    /** Participates: regional units and other organizations. */
    PARTICIPATING
}
