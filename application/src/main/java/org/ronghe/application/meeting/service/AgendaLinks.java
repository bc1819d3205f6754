package org.ronghe.application.meeting.service;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.cases.port.out.ShortBoardProblems;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.cases.ShortBoardProblemId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.UnknownReferenceException;

/**
 * What an agenda item's link names must exist: a project, an area, a committee, or a short-board problem the city
 * cases raised. The domain checks the link's form ({@code kind:<id>}); a link to nothing would lead nowhere.
 */
public record AgendaLinks(DomainProjects projects, Areas areas, Committees committees,
        ShortBoardProblems shortBoardProblems) {

    /** @throws UnknownReferenceException if the link names nothing stored (a null link names nothing to check) */
    void requireTarget(String link) {
        if (link == null || link.isBlank()) {
            return;
        }
        int colon = link.indexOf(':');
        String kind = link.substring(0, colon);
        String id = link.substring(colon + 1);
        boolean exists = switch (kind) {
            case "project" -> projects.findById(ProjectId.parse("link", id)).isPresent();
            case "area" -> areas.findById(AreaId.parse("link", id)).isPresent();
            case "committee" -> committees.findById(CommitteeId.parse("link", id)).isPresent();
            case "short-board" -> shortBoardProblems.findById(ShortBoardProblemId.parse("link", id)).isPresent();
            default -> throw new IllegalArgumentException("the domain admits no link of kind " + kind);
        };
        if (!exists) {
            throw new UnknownReferenceException("link", kind.equals("short-board") ? "short-board problem" : kind, id);
        }
    }
}
