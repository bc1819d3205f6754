package org.ronghe.domain.project;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/** A report on one commitment: its status from that day, a note, evidence. Updates are appended, never changed. */
public record ProgressUpdate(int commitment, CommitmentStatus status, String note, String evidenceLink,
        LocalDate reportedOn, OrganizationId reportedBy) implements ValueObject {

    public ProgressUpdate {
        Objects.requireNonNull(status, "status");
        note = Text.optional("note", note, 2_000);
        evidenceLink = Text.optional("evidenceLink", evidenceLink, 500);
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(reportedBy, "reportedBy");
    }
}
