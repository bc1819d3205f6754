package org.ronghe.adapter.http.project;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.ProjectStatus;

/** The JSON shape of a domain project, as of a day. */
record ProjectResource(String id, String domain, String title, @ApiDoc.Nullable String titleEn, String flagBearerId,
        String principalId, List<Co> coOrganizations, Mech mechanism, @ApiDoc.Uuid(false) List<String> areaIds,
        @ApiDoc.Uuid(false) List<String> committeeIds,
        @ApiDoc.Values(ProjectStatus.class) String status, @ApiDoc.Nullable String statusReason,
        @ApiDoc.Nullable LocalDate signedOn, List<Promise> commitments, boolean atRisk, List<Report> progress,
        List<Remark> comments, LocalDate asOf, long version) {

    record Co(@ApiDoc.Uuid(false) String organizationId, String part) {
    }

    record Mech(String commander, String coordinator, List<String> implementers) {
    }

    record Promise(int number, String deliverable, LocalDate dueOn,
            @ApiDoc.Values(CommitmentStatus.class) String status, boolean overdue, long daysLate) {
    }

    record Report(int commitment, @ApiDoc.Values(CommitmentStatus.class) String status, @ApiDoc.Nullable String note,
            @ApiDoc.Nullable String evidenceLink, LocalDate reportedOn, String reportedBy) {
    }

    record Remark(@ApiDoc.Uuid(false) String authorId, String text, LocalDate on) {
    }

    static ProjectResource of(ProjectView v) {
        return new ProjectResource(v.id().toString(), v.domain().value(), v.title(), v.titleEn(),
                v.flagBearerId().toString(), v.principalId().toString(),
                v.coOrganizations().stream().map(c -> new Co(c.organization().toString(), c.part())).toList(),
                new Mech(v.mechanism().commander(), v.mechanism().coordinator(), v.mechanism().implementers()),
                v.areas().stream().map(Object::toString).sorted().toList(),
                v.committees().stream().map(Object::toString).sorted().toList(), v.status().name(), v.statusReason(),
                v.signedOn(),
                v.commitments().stream().map(c -> new Promise(c.number(), c.deliverable(), c.dueOn(), c.status().name(),
                        c.overdue(), c.daysLate())).toList(),
                v.atRisk(),
                v.progress().stream().map(p -> new Report(p.commitment(), p.status().name(), p.note(), p.evidenceLink(),
                        p.reportedOn(), p.reportedBy().toString())).toList(),
                v.comments().stream().map(c -> new Remark(c.author().toString(), c.text(), c.on())).toList(),
                v.asOf(), v.version());
    }
}
