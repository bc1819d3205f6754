package org.ronghe.application.task.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.task.FollowUpTask;

/**
 * The Chinese names of what a task names (its host committee, assignee, co-assignees, the authors of its notes),
 * so that a person never has to look an id up. One instance serves one query: a name read once is reused.
 */
final class TaskNames {

    private final Committees committees;
    private final Organizations organizations;
    private final Map<String, String> known = new HashMap<>();

    TaskNames(Committees committees, Organizations organizations) {
        this.committees = committees;
        this.organizations = organizations;
    }

    Map<String, String> of(FollowUpTask task) {
        var s = task.state();
        Map<String, String> names = new LinkedHashMap<>();
        names.put(s.hostCommittee().toString(), committee(s.hostCommittee()));
        names.put(s.assignee().toString(), organization(s.assignee()));
        s.coAssignees().forEach(o -> names.put(o.toString(), organization(o)));
        s.notes().forEach(n -> names.put(n.author().toString(), organization(n.author())));
        names.values().removeIf(java.util.Objects::isNull);
        return names;
    }

    String committee(CommitteeId id) {
        return known.computeIfAbsent(id.toString(), key -> committees.findById(id).map(c -> c.name().zh()).orElse(null));
    }

    String organization(OrganizationId id) {
        return known.computeIfAbsent(id.toString(), key -> organizations.findById(id).map(o -> o.name().zh())
                .orElse(null));
    }
}
