package org.ronghe.application.task.service;

import java.util.ArrayList;
import java.util.List;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.shared.UnknownReferenceException;

/** A host committee and the committees above it, up to the top: where a task's verifier is looked for. */
final class CommitteeChain {

    /** Committees hang at most two deep today (promotion, then professional or area); the bound guards a cycle. */
    private static final int MAX_DEPTH = 16;

    private final Committees committees;

    CommitteeChain(Committees committees) {
        this.committees = committees;
    }

    List<FusionCommittee> hostAndAbove(CommitteeId host) {
        List<FusionCommittee> chain = new ArrayList<>();
        var committee = committees.findById(host)
                .orElseThrow(() -> new UnknownReferenceException("hostCommitteeId", "committee", host));
        chain.add(committee);
        while (committee.parent() != null && chain.size() < MAX_DEPTH) {
            var parent = committees.findById(committee.parent());
            if (parent.isEmpty()) {
                break;
            }
            committee = parent.get();
            chain.add(committee);
        }
        return chain;
    }
}
