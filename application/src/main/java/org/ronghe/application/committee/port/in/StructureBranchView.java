package org.ronghe.application.committee.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;

/**
 * One committee of the leading structure as of a day, for those whose whole tree is too large to read at
 * once (a city's, a province's): the committee with its members, the committees above it up to the root,
 * and a page of the committees directly under it, each with its members and how many hang under it in turn.
 * Its nodes carry no children of their own: the page lists them.
 *
 * @param above the committees above it, the root first
 * @param childCount how many committees hang directly under it that day
 * @param counts the committee and every one directly under it (not this page alone), by tier and status
 */
public record StructureBranchView(LocalDate asOf, List<Ancestor> above, StructureView.Node committee, long childCount,
        Page<Child> children, Map<CommitteeTier, Map<CommitteeStatus, Long>> counts) {

    public StructureBranchView {
        above = List.copyOf(above);
        counts = Map.copyOf(counts);
    }

    public record Ancestor(CommitteeId id, CommitteeTier tier, String name) {
    }

    /** @param childCount how many committees hang directly under this one that day */
    public record Child(StructureView.Node committee, long childCount) {
    }
}
