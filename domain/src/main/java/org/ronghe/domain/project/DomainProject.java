package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * A domain party-building project (领域党建项目), run under a responsibility agreement between the
 * district party committee (the principal) and one department party body (the domain's
 * flag-bearer, 主旗手). Rule 6: signed by exactly those two; no start before signing. Derived:
 * completed only when every commitment is done; a commitment is overdue when past due and not done,
 * and a project with an overdue commitment is at risk — both from the day asked, never stored.
 */
public final class DomainProject implements AggregateRoot<DomainProject, ProjectId> {

    /** Everything a project is; for proposing and restoring. */
    public record State(ProjectId id, DomainCode domain, BilingualName title, OrganizationId flagBearer,
            OrganizationId principal, List<CoOrganization> coOrganizations, Mechanism mechanism, Set<AreaId> areas,
            Set<CommitteeId> committees, List<Commitment> commitments, ProjectStatus status,
            ProjectStatus suspendedFrom, String statusReason, LocalDate signedOn, List<ProgressUpdate> progress,
            List<Comment> comments, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(flagBearer, "flagBearer");
            Objects.requireNonNull(principal, "principal");
            coOrganizations = List.copyOf(coOrganizations == null ? List.of() : coOrganizations);
            Objects.requireNonNull(mechanism, "mechanism");
            areas = Set.copyOf(areas == null ? Set.of() : areas);
            committees = Set.copyOf(committees == null ? Set.of() : committees);
            commitments = List.copyOf(commitments == null ? List.of() : commitments);
            Objects.requireNonNull(status, "status");
            progress = List.copyOf(progress == null ? List.of() : progress);
            comments = List.copyOf(comments == null ? List.of() : comments);
        }
    }

    private State s;

    private DomainProject(State state) {
        this.s = state;
    }

    public record Proposal(DomainProject project, ProjectProposed event) {
    }

    /** The organizations a proposal names, with their kinds, for rule 6. */
    public record Parties(Signatory principal, Signatory flagBearer) {
    }

    /**
     * Proposes a project with its draft agreement (numbered commitments).
     *
     * @throws FlagBearerException unless the flag-bearer is a department party body and the principal the district
     *         party committee
     */
    public static Proposal propose(ProjectId id, DomainCode domain, BilingualName title, Parties parties,
            List<CoOrganization> coOrganizations, Mechanism mechanism, Set<AreaId> areas, Set<CommitteeId> committees,
            List<Commitment> commitments, Instant now) {
        if (parties.flagBearer().kind() != OrganizationKind.DEPARTMENT_PARTY_BODY) {
            throw new FlagBearerException("the flag-bearer is a department party body, not a "
                    + parties.flagBearer().kind());
        }
        if (parties.principal().kind() != OrganizationKind.DISTRICT_PARTY_COMMITTEE) {
            throw new FlagBearerException("the principal of every agreement is the district party committee");
        }
        if (commitments == null || commitments.isEmpty()) {
            throw new InvalidValueException("commitments", "an agreement promises at least one deliverable");
        }
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).number() != i + 1) {
                throw new InvalidValueException("commitments", "commitments are numbered 1, 2, 3, … in order");
            }
        }
        Set<OrganizationId> seen = new HashSet<>(List.of(parties.flagBearer().organization()));
        for (CoOrganization co : coOrganizations == null ? List.<CoOrganization>of() : coOrganizations) {
            if (!seen.add(co.organization())) {
                throw new InvalidValueException("coOrganizations", "an organization takes part once, and the "
                        + "flag-bearer is not its own co-organization");
            }
        }
        var project = new DomainProject(new State(id, domain, title, parties.flagBearer().organization(),
                parties.principal().organization(), coOrganizations, mechanism, areas, committees, commitments,
                ProjectStatus.PROPOSED, null, null, null, List.of(), List.of(), 0));
        return new Proposal(project, new ProjectProposed(id, domain, title.zh(), project.s.flagBearer(), project.s.principal(),
                commitments.size(), now));
    }

    public static DomainProject restore(State state) {
        return new DomainProject(state);
    }

    /**
     * Rule 6: the principal and exactly one flag-bearer sign, nobody else.
     *
     * @throws SignatoriesException if the signatories are not exactly the principal and the flag-bearer
     */
    public AgreementSigned sign(Set<OrganizationId> signatories, LocalDate on, Instant now) {
        Days.plausible("on", on);
        require(ProjectStatus.PROPOSED, "only a proposed project is signed");
        if (!signatories.equals(Set.of(s.principal(), s.flagBearer()))) {
            throw new SignatoriesException("the agreement is signed by the principal (the district party committee) "
                    + "and the flag-bearer, exactly those two");
        }
        s = with(ProjectStatus.SIGNED, s.suspendedFrom(), s.statusReason(), on, s.progress(), s.comments());
        return new AgreementSigned(s.id(), on, now);
    }

    /** No start before signing. */
    public ProjectStarted start(LocalDate on, Instant now) {
        Days.plausible("on", on);
        require(ProjectStatus.SIGNED, "a project starts once its agreement is signed");
        if (on.isBefore(s.signedOn())) {
            throw new ProjectLifecycleException("a project starts on or after the day it was signed (" + s.signedOn() + ")");
        }
        s = with(ProjectStatus.IN_PROGRESS, s.suspendedFrom(), s.statusReason(), s.signedOn(), s.progress(),
                s.comments());
        return new ProjectStarted(s.id(), on, now);
    }

    public ProgressReported reportProgress(int commitment, CommitmentStatus newStatus, String note,
            String evidenceLink, LocalDate on, OrganizationId reporter, Instant now) {
        Days.plausible("on", on);
        require(ProjectStatus.IN_PROGRESS, "progress is reported on a project in progress");
        if (commitment < 1 || commitment > s.commitments().size()) {
            throw new UnknownCommitmentException("the agreement has commitments 1 to " + s.commitments().size());
        }
        var progress = new ArrayList<>(s.progress());
        progress.add(new ProgressUpdate(commitment, newStatus, note, evidenceLink, on, reporter));
        s = with(s.status(), s.suspendedFrom(), s.statusReason(), s.signedOn(), progress, s.comments());
        return new ProgressReported(s.id(), commitment, newStatus, on, reporter, now);
    }

    public CommentAdded comment(OrganizationId author, String text, LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (s.status() == ProjectStatus.CANCELLED) {
            throw new ProjectLifecycleException("a cancelled project takes no more comments");
        }
        var comments = new ArrayList<>(s.comments());
        comments.add(new Comment(author, text, on));
        s = with(s.status(), s.suspendedFrom(), s.statusReason(), s.signedOn(), s.progress(), comments);
        return new CommentAdded(s.id(), author, on, now);
    }

    /** Completed only when every commitment is done. */
    public ProjectCompleted complete(LocalDate on, Instant now) {
        Days.plausible("on", on);
        require(ProjectStatus.IN_PROGRESS, "only a project in progress is completed");
        long open = s.commitments().stream().filter(c -> statusOf(c.number()) != CommitmentStatus.DONE).count();
        if (open > 0) {
            throw new OpenCommitmentsException(open + " commitment(s) are not done yet");
        }
        s = with(ProjectStatus.COMPLETED, s.suspendedFrom(), s.statusReason(), s.signedOn(), s.progress(),
                s.comments());
        return new ProjectCompleted(s.id(), on, now);
    }

    public ProjectSuspended suspend(String reason, LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (!s.status().isOpen()) {
            throw new ProjectLifecycleException("only a signed project or one in progress is suspended; this one is "
                    + s.status());
        }
        String why = Text.required("reason", reason, 1_000);
        var event = new ProjectSuspended(s.id(), s.status(), why, on, now);
        s = with(ProjectStatus.SUSPENDED, s.status(), why, s.signedOn(), s.progress(), s.comments());
        return event;
    }

    public ProjectResumed resume(LocalDate on, Instant now) {
        Days.plausible("on", on);
        require(ProjectStatus.SUSPENDED, "only a suspended project is resumed");
        s = with(s.suspendedFrom(), null, null, s.signedOn(), s.progress(), s.comments());
        return new ProjectResumed(s.id(), s.status(), on, now);
    }

    public ProjectCancelled cancel(String reason, LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (s.status() == ProjectStatus.COMPLETED || s.status() == ProjectStatus.CANCELLED) {
            throw new ProjectLifecycleException("a " + s.status() + " project is not cancelled");
        }
        String why = Text.required("reason", reason, 1_000);
        var event = new ProjectCancelled(s.id(), s.status(), why, on, now);
        s = with(ProjectStatus.CANCELLED, null, why, s.signedOn(), s.progress(), s.comments());
        return event;
    }

    private void require(ProjectStatus expected, String rule) {
        if (s.status() != expected) {
            throw new ProjectLifecycleException(rule + "; this one is " + s.status());
        }
    }

    private State with(ProjectStatus status, ProjectStatus suspendedFrom, String statusReason, LocalDate signedOn,
            List<ProgressUpdate> progress, List<Comment> comments) {
        return new State(s.id(), s.domain(), s.title(), s.flagBearer(), s.principal(), s.coOrganizations(),
                s.mechanism(), s.areas(), s.committees(), s.commitments(), status, suspendedFrom, statusReason, signedOn,
                progress, comments, s.version());
    }

    /** A commitment's status: its latest update's (by day, then order of reporting), NOT_STARTED without any. */
    public CommitmentStatus statusOf(int commitment) {
        return latestUpdate(commitment).map(ProgressUpdate::status).orElse(CommitmentStatus.NOT_STARTED);
    }

    private Optional<ProgressUpdate> latestUpdate(int commitment) {
        ProgressUpdate latest = null;
        for (ProgressUpdate update : s.progress()) {
            if (update.commitment() == commitment
                    && (latest == null || !update.reportedOn().isBefore(latest.reportedOn()))) {
                latest = update;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Past due and not done, on that day (only while the project is signed or in progress). */
    public boolean isOverdue(Commitment commitment, LocalDate today) {
        return s.status().isOpen() && commitment.dueOn().isBefore(today) && statusOf(commitment.number()) != CommitmentStatus.DONE;
    }

    public List<Commitment> overdueOn(LocalDate today) {
        return s.commitments().stream().filter(c -> isOverdue(c, today)).toList();
    }

    /** A project with an overdue commitment is at risk. */
    public boolean isAtRiskOn(LocalDate today) {
        return !overdueOn(today).isEmpty();
    }

    /**
     * The earliest due day among commitments not done, while the project is open (null otherwise):
     * the project is at risk on any day after it. Stores may keep it to find projects at risk fast.
     */
    public LocalDate earliestOpenDueOn() {
        if (!s.status().isOpen()) {
            return null;
        }
        return s.commitments().stream().filter(c -> statusOf(c.number()) != CommitmentStatus.DONE)
                .map(Commitment::dueOn).min(Comparator.naturalOrder()).orElse(null);
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.domain(), s.title(), s.flagBearer(), s.principal(), s.coOrganizations(), s.mechanism(),
                s.areas(), s.committees(), s.commitments(), s.status(), s.suspendedFrom(), s.statusReason(),
                s.signedOn(), s.progress(), s.comments(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public ProjectId getId() {
        return s.id();
    }

    public DomainCode domain() {
        return s.domain();
    }

    public BilingualName title() {
        return s.title();
    }

    public OrganizationId flagBearer() {
        return s.flagBearer();
    }

    public OrganizationId principal() {
        return s.principal();
    }

    public List<CoOrganization> coOrganizations() {
        return s.coOrganizations();
    }

    public boolean isCoOrganization(OrganizationId organization) {
        return s.coOrganizations().stream().anyMatch(c -> c.organization().equals(organization));
    }

    public List<Commitment> commitments() {
        return s.commitments();
    }

    public ProjectStatus status() {
        return s.status();
    }

    public LocalDate signedOn() {
        return s.signedOn();
    }

    public long version() {
        return s.version();
    }
}
