package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * A committee where the organizations of the new city sit side by side (融委会): the district
 * promotion committee, a professional committee of one field, or the fusion committee of one area.
 * It keeps its whole membership history; as-of questions are answered from it.
 *
 * <p>Rules (domain.md 1–5): one promotion committee, under which the others hang; one professional
 * committee per field (and one area committee per area); exactly one LEAD, of the kind the tier
 * wants ({@link MembershipPolicy}); established only with a chair and a LEAD; a dissolved committee
 * takes no members; an organization sits at most once.
 */
public final class FusionCommittee implements AggregateRoot<FusionCommittee, CommitteeId> {

    /** Everything a committee is; for planning and restoring. */
    public record State(CommitteeId id, CommitteeTier tier, BilingualName name, ProfessionalField field, AreaId area,
            CommitteeId parent, LocalDate plannedOn, LocalDate establishedOn, LocalDate dissolvedOn, Chair chair,
            List<Membership> memberships, List<RulesDocument> rules, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(plannedOn, "plannedOn");
            memberships = List.copyOf(memberships);
            rules = List.copyOf(rules);
        }
    }

    private State s;

    private FusionCommittee(State state) {
        this.s = state;
    }

    public record Planning(FusionCommittee committee, CommitteePlanned event) {
    }

    /**
     * Plans a committee. {@code field} is required for (and only for) a professional committee,
     * {@code area} for an area committee; the promotion committee is the parent of both.
     */
    public static Planning plan(CommitteeId id, CommitteeTier tier, BilingualName name, ProfessionalField field,
            AreaId area, CommitteeRegistry registry, LocalDate plannedOn, Instant now) {
        Days.plausible("plannedOn", plannedOn);
        Objects.requireNonNull(tier, "tier");
        if ((tier == CommitteeTier.PROFESSIONAL) != (field != null)) {
            throw new InvalidValueException("field", "a professional committee, and only one, names its field");
        }
        if ((tier == CommitteeTier.AREA) != (area != null)) {
            throw new InvalidValueException("areaId", "an area committee, and only one, names its area");
        }
        CommitteeId parent = null;
        switch (tier) {
            case DISTRICT_PROMOTION -> {
                if (registry.promotionCommittee().isPresent()) {
                    throw new SecondPromotionCommitteeException("the new city has its promotion committee already");
                }
            }
            case PROFESSIONAL, AREA -> {
                parent = registry.promotionCommittee().orElseThrow(() -> new CommitteeParentException(
                        "plan the district promotion committee first: the others hang under it"));
                if (field != null && registry.coversField(field)) {
                    throw new FieldAlreadyCoveredException("a professional committee for " + field + " stands already");
                }
                if (area != null && registry.coversArea(area)) {
                    throw new AreaAlreadyCoveredException("area " + area + " has its fusion committee already");
                }
            }
        }
        var committee = new FusionCommittee(new State(id, tier, name, field, area, parent, plannedOn, null, null, null,
                List.of(), List.of(), 0));
        return new Planning(committee, new CommitteePlanned(id, tier, name, field, area, parent, plannedOn, now));
    }

    public static FusionCommittee restore(State state) {
        return new FusionCommittee(state);
    }

    /** Appoints (or replaces) the chair. */
    public ChairAppointed appointChair(Chair newChair, LocalDate on, Instant now) {
        Days.plausible("on", on);
        Objects.requireNonNull(newChair, "chair");
        requireNotDissolved();
        var event = new ChairAppointed(s.id(), s.chair(), newChair, on, now);
        s = with(s.establishedOn(), s.dissolvedOn(), newChair, s.memberships(), s.rules());
        return event;
    }

    /**
     * Gives an organization a seat.
     *
     * @param area the committee's area (AREA tier), to check that a LEAD is a town of it
     */
    public MemberJoined admit(Candidate candidate, MembershipRole role, LocalDate since, Area area, Instant now) {
        Days.plausible("since", since);
        requireNotDissolved();
        requireAreaOf(area);
        if (candidate.status() == OrganizationStatus.RETIRED) {
            throw new RetiredMemberException("organization " + candidate.organization() + " is retired");
        }
        if (currentMembership(candidate.organization()).isPresent()) {
            throw new AlreadyMemberException("organization " + candidate.organization() + " sits in this committee already");
        }
        MembershipPolicy.check(s.tier(), area, candidate, role);
        if (role == MembershipRole.LEAD && currentLead().isPresent()) {
            throw new LeadException("this committee has its LEAD already; change that member's role first");
        }
        var memberships = new ArrayList<>(s.memberships());
        memberships.add(new Membership(candidate.organization(), role, since, null));
        s = with(s.establishedOn(), s.dissolvedOn(), s.chair(), memberships, s.rules());
        return new MemberJoined(s.id(), candidate.organization(), role, since, now);
    }

    /** Changes a member's role from a day on: the old membership ends, a new one begins. */
    public MemberRoleChanged changeRole(Candidate candidate, MembershipRole newRole, LocalDate on, Area area,
            Instant now) {
        Days.plausible("on", on);
        requireNotDissolved();
        requireAreaOf(area);
        Membership current = currentMembership(candidate.organization()).orElseThrow(() -> new NotAMemberException(
                "organization " + candidate.organization() + " has no seat in this committee"));
        if (current.role() == newRole) {
            throw new InvalidValueException("role", "the member has that role already");
        }
        if (!on.isAfter(current.since())) {
            throw new InvalidValueException("on", "a role changes after the membership began (" + current.since() + ")");
        }
        MembershipPolicy.check(s.tier(), area, candidate, newRole);
        if (newRole == MembershipRole.LEAD && currentLead().isPresent()) {
            throw new LeadException("this committee has its LEAD already; change that member's role first");
        }
        if (current.role() == MembershipRole.LEAD && status() == CommitteeStatus.ESTABLISHED) {
            throw new LeadException("an established committee keeps exactly one LEAD: make another member LEAD first");
        }
        var memberships = new ArrayList<>(s.memberships());
        memberships.set(memberships.indexOf(current), current.endedOn(on));
        memberships.add(new Membership(candidate.organization(), newRole, on, null));
        s = with(s.establishedOn(), s.dissolvedOn(), s.chair(), memberships, s.rules());
        return new MemberRoleChanged(s.id(), candidate.organization(), current.role(), newRole, on, now);
    }

    /** Ends a membership on a day; it stays in the history. */
    public MemberLeft endMembership(OrganizationId organization, LocalDate until, Instant now) {
        Days.plausible("until", until);
        requireNotDissolved();
        Membership current = currentMembership(organization).orElseThrow(() -> new NotAMemberException(
                "organization " + organization + " has no seat in this committee"));
        if (!until.isAfter(current.since())) {
            throw new InvalidValueException("until", "a membership ends after it began (" + current.since() + ")");
        }
        if (current.role() == MembershipRole.LEAD && status() == CommitteeStatus.ESTABLISHED) {
            throw new LeadException("an established committee keeps exactly one LEAD: make another member LEAD first");
        }
        var memberships = new ArrayList<>(s.memberships());
        memberships.set(memberships.indexOf(current), current.endedOn(until));
        s = with(s.establishedOn(), s.dissolvedOn(), s.chair(), memberships, s.rules());
        return new MemberLeft(s.id(), organization, current.role(), until, now);
    }

    /** PLANNED → ESTABLISHED, on a day, with a chair and a LEAD (rule 4). */
    public CommitteeEstablished establish(LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (status() != CommitteeStatus.PLANNED) {
            throw new CommitteeLifecycleException("only a planned committee is established; this one is " + status());
        }
        if (on.isBefore(s.plannedOn())) {
            throw new CommitteeLifecycleException("a committee is established on or after the day it was planned");
        }
        if (s.chair() == null || currentLead().isEmpty()) {
            throw new NotReadyToEstablishException("a committee is established only with a chair and a LEAD"
                    + (s.chair() == null ? "; it has no chair" : "") + (currentLead().isEmpty() ? "; it has no LEAD" : ""));
        }
        s = with(on, s.dissolvedOn(), s.chair(), s.memberships(), s.rules());
        return new CommitteeEstablished(s.id(), on, now);
    }

    /** Adopts a new version of the work rules or the procedure rules. */
    public RulesAdopted adoptRules(RulesKind kind, String title, LocalDate adoptedOn, String textOrLink, Instant now) {
        Days.plausible("adoptedOn", adoptedOn);
        requireNotDissolved();
        int nextVersion = (int) s.rules().stream().filter(r -> r.kind() == kind).count() + 1;
        var document = new RulesDocument(kind, title, nextVersion, adoptedOn, textOrLink);
        var rules = new ArrayList<>(s.rules());
        rules.add(document);
        s = with(s.establishedOn(), s.dissolvedOn(), s.chair(), s.memberships(), rules);
        return new RulesAdopted(s.id(), kind, document.title(), nextVersion, adoptedOn, now);
    }

    /** ESTABLISHED (or PLANNED) → DISSOLVED: current memberships end that day. */
    /**
     * Dissolves the committee on the day, ending the memberships still current.
     *
     * @param liveChildren how many planned or established committees hang under this one
     * @throws LiveChildCommitteesException if any does: they are dissolved first
     */
    public CommitteeDissolved dissolve(LocalDate on, long liveChildren, Instant now) {
        Days.plausible("on", on);
        requireNotDissolved();
        if (liveChildren > 0) {
            throw new LiveChildCommitteesException(s.id(), liveChildren);
        }
        if (on.isBefore(s.establishedOn() == null ? s.plannedOn() : s.establishedOn())) {
            throw new CommitteeLifecycleException("a committee is dissolved after it was planned and established");
        }
        // every seat ends by the day, the ones ended already too: a committee has no members after it was dissolved
        if (s.memberships().stream().anyMatch(m -> !m.since().isBefore(on))) {
            throw new CommitteeLifecycleException("a membership begins on or after " + on + ": end it first");
        }
        if (s.memberships().stream().anyMatch(m -> m.until() != null && m.until().isAfter(on))) {
            throw new CommitteeLifecycleException("a membership lasts beyond " + on + ": a committee is dissolved "
                    + "after its last seat ended");
        }
        var memberships = new ArrayList<>(s.memberships());
        memberships.replaceAll(m -> m.isCurrent() ? m.endedOn(on) : m);
        s = with(s.establishedOn(), on, s.chair(), memberships, s.rules());
        return new CommitteeDissolved(s.id(), on, now);
    }

    private void requireNotDissolved() {
        if (s.dissolvedOn() != null) {
            throw new CommitteeDissolvedException("committee " + s.id() + " is dissolved");
        }
    }

    private void requireAreaOf(Area given) {
        if (s.tier() == CommitteeTier.AREA && (given == null || !given.getId().equals(s.area()))) {
            throw new IllegalArgumentException("the rules of an area committee need its own area");
        }
    }

    private State with(LocalDate establishedOn, LocalDate dissolvedOn, Chair chair, List<Membership> memberships,
            List<RulesDocument> rules) {
        return new State(s.id(), s.tier(), s.name(), s.field(), s.area(), s.parent(), s.plannedOn(), establishedOn,
                dissolvedOn, chair, memberships, rules, s.version());
    }

    /**
     * What the committee stands for while it is not dissolved — {@code PROMOTION}, {@code FIELD:<field>}
     * or {@code AREA:<area id>} — and empty once dissolved. Rules 1 and 2 make it unique, so a store can
     * hold the line with a unique key even when two plans race.
     */
    public Optional<String> standsFor() {
        if (status() == CommitteeStatus.DISSOLVED) {
            return Optional.empty();
        }
        return Optional.of(switch (s.tier()) {
            case DISTRICT_PROMOTION -> "PROMOTION";
            case PROFESSIONAL -> "FIELD:" + s.field();
            case AREA -> "AREA:" + s.area();
        });
    }

    /** The rule a second committee standing for the same thing breaks. */
    public org.ronghe.domain.shared.RuleViolationException standingTaken() {
        return switch (s.tier()) {
            case DISTRICT_PROMOTION -> new SecondPromotionCommitteeException("the new city has its promotion committee already");
            case PROFESSIONAL -> new FieldAlreadyCoveredException("a professional committee for " + s.field() + " stands already");
            case AREA -> new AreaAlreadyCoveredException("area " + s.area() + " has its fusion committee already");
        };
    }

    /** The status today, from the dates. */
    public CommitteeStatus status() {
        return s.dissolvedOn() != null ? CommitteeStatus.DISSOLVED
                : s.establishedOn() != null ? CommitteeStatus.ESTABLISHED : CommitteeStatus.PLANNED;
    }

    /** The status on a day (null before the committee was planned). */
    public CommitteeStatus statusOn(LocalDate day) {
        if (day.isBefore(s.plannedOn())) {
            return null;
        }
        if (s.dissolvedOn() != null && !day.isBefore(s.dissolvedOn())) {
            return CommitteeStatus.DISSOLVED;
        }
        if (s.establishedOn() != null && !day.isBefore(s.establishedOn())) {
            return CommitteeStatus.ESTABLISHED;
        }
        return CommitteeStatus.PLANNED;
    }

    /** Who sat in the committee, in which role, on a day. */
    public List<Membership> membersOn(LocalDate day) {
        return s.memberships().stream().filter(m -> m.heldOn(day)).toList();
    }

    public Optional<Membership> currentMembership(OrganizationId organization) {
        return s.memberships().stream().filter(m -> m.isCurrent() && m.organization().equals(organization)).findFirst();
    }

    public Optional<Membership> currentLead() {
        return s.memberships().stream().filter(m -> m.isCurrent() && m.role() == MembershipRole.LEAD).findFirst();
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.tier(), s.name(), s.field(), s.area(), s.parent(), s.plannedOn(), s.establishedOn(),
                s.dissolvedOn(), s.chair(), s.memberships(), s.rules(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public CommitteeId getId() {
        return s.id();
    }

    public CommitteeTier tier() {
        return s.tier();
    }

    public BilingualName name() {
        return s.name();
    }

    /** The field of a professional committee; null otherwise. */
    public ProfessionalField field() {
        return s.field();
    }

    /** The area of an area committee; null otherwise. */
    public AreaId area() {
        return s.area();
    }

    /** The promotion committee above; null for the promotion committee itself. */
    public CommitteeId parent() {
        return s.parent();
    }

    public LocalDate plannedOn() {
        return s.plannedOn();
    }

    public LocalDate establishedOn() {
        return s.establishedOn();
    }

    public LocalDate dissolvedOn() {
        return s.dissolvedOn();
    }

    public Chair chair() {
        return s.chair();
    }

    /** Every membership there ever was, current and ended. */
    public List<Membership> memberships() {
        return List.copyOf(s.memberships());
    }

    public List<RulesDocument> rules() {
        return List.copyOf(s.rules());
    }

    public long version() {
        return s.version();
    }
}
