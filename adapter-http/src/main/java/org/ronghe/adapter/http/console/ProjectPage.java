package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.List;

/** A domain project: its agreement's parties, its commitments with their status, and the progress reported. */
public record ProjectPage(Frame frame, String title, String titleEn, String domain, String status,
        String statusReason, String flagBearer, String principal, List<String> coOrganizations, String signedOn,
        boolean atRisk, List<Commitment> commitments, List<Progress> progress) {

    public record Commitment(int number, String deliverable, LocalDate dueOn, String status, boolean overdue,
            long daysLate) {
    }

    public record Progress(String reportedOn, String reportedBy, int commitment, String status, String note) {
    }
}
