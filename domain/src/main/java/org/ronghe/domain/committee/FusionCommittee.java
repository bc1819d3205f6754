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

    private final CommitteeId id;
    private final CommitteeTier tier;
    private final BilingualName name;
    private final ProfessionalField field;
    private final AreaId area;
    private final CommitteeId parent;
    private final LocalDate plannedOn;
    private LocalDate establishedOn;
    private LocalDate dissolvedOn;
    private Chair chair;
    private final List<Membership> memberships;
    private final List<RulesDocument> rules;
    private long version;

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

    private FusionCommittee(State s) {
        this.id = s.id();
        this.tier = s.tier();
        this.name = s.name();
        this.field = s.field();
        this.area = s.area();
        this.parent = s.parent();
        this.plannedOn = s.plannedOn();
        this.establishedOn = s.establishedOn();
        this.dissolvedOn = s.dissolvedOn();
        this.chair = s.chair();
        this.memberships = new ArrayList<>(s.memberships());
        this.rules = new ArrayList<>(s.rules());
        this.version = s.version();
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
        var event = new ChairAppointed(id, chair, newChair, on, now);
        this.chair = newChair;
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
        MembershipPolicy.check(tier, area, candidate, role);
        if (role == MembershipRole.LEAD && currentLead().isPresent()) {
            throw new LeadException("this committee has its LEAD already; change that member's role first");
        }
        memberships.add(new Membership(candidate.organization(), role, since, null));
        return new MemberJoined(id, candidate.organization(), role, since, now);
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
        MembershipPolicy.check(tier, area, candidate, newRole);
        if (newRole == MembershipRole.LEAD && currentLead().isPresent()) {
            throw new LeadException("this committee has its LEAD already; change that member's role first");
        }
        if (current.role() == MembershipRole.LEAD && status() == CommitteeStatus.ESTABLISHED) {
            throw new LeadException("an established committee keeps exactly one LEAD: make another member LEAD first");
        }
        memberships.set(memberships.indexOf(current), current.endedOn(on));
        memberships.add(new Membership(candidate.organization(), newRole, on, null));
        return new MemberRoleChanged(id, candidate.organization(), current.role(), newRole, on, now);
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
        memberships.set(memberships.indexOf(current), current.endedOn(until));
        return new MemberLeft(id, organization, current.role(), until, now);
    }

    /** PLANNED → ESTABLISHED, on a day, with a chair and a LEAD (rule 4). */
    public CommitteeEstablished establish(LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (status() != CommitteeStatus.PLANNED) {
            throw new CommitteeLifecycleException("only a planned committee is established; this one is " + status());
        }
        if (on.isBefore(plannedOn)) {
            throw new CommitteeLifecycleException("a committee is established on or after the day it was planned");
        }
        if (chair == null || currentLead().isEmpty()) {
            throw new NotReadyToEstablishException("a committee is established only with a chair and a LEAD"
                    + (chair == null ? "; it has no chair" : "") + (currentLead().isEmpty() ? "; it has no LEAD" : ""));
        }
        this.establishedOn = on;
        return new CommitteeEstablished(id, on, now);
    }

    /** Adopts a new version of the work rules or the procedure rules. */
    public RulesAdopted adoptRules(RulesKind kind, String title, LocalDate adoptedOn, String textOrLink, Instant now) {
        Days.plausible("adoptedOn", adoptedOn);
        requireNotDissolved();
        int nextVersion = (int) rules.stream().filter(r -> r.kind() == kind).count() + 1;
        var document = new RulesDocument(kind, title, nextVersion, adoptedOn, textOrLink);
        rules.add(document);
        return new RulesAdopted(id, kind, document.title(), nextVersion, adoptedOn, now);
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
            throw new LiveChildCommitteesException(id, liveChildren);
        }
        if (on.isBefore(establishedOn == null ? plannedOn : establishedOn)) {
            throw new CommitteeLifecycleException("a committee is dissolved after it was planned and established");
        }
        // every seat ends by the day, the ones ended already too: a committee has no members after it was dissolved
        if (memberships.stream().anyMatch(m -> !m.since().isBefore(on))) {
            throw new CommitteeLifecycleException("a membership begins on or after " + on + ": end it first");
        }
        if (memberships.stream().anyMatch(m -> m.until() != null && m.until().isAfter(on))) {
            throw new CommitteeLifecycleException("a membership lasts beyond " + on + ": a committee is dissolved "
                    + "after its last seat ended");
        }
        memberships.replaceAll(m -> m.isCurrent() ? m.endedOn(on) : m);
        this.dissolvedOn = on;
        return new CommitteeDissolved(id, on, now);
    }

    private void requireNotDissolved() {
        if (dissolvedOn != null) {
            throw new CommitteeDissolvedException("committee " + id + " is dissolved");
        }
    }

    private void requireAreaOf(Area given) {
        if (tier == CommitteeTier.AREA && (given == null || !given.getId().equals(area))) {
            throw new IllegalArgumentException("the rules of an area committee need its own area");
        }
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
        return Optional.of(switch (tier) {
            case DISTRICT_PROMOTION -> "PROMOTION";
            case PROFESSIONAL -> "FIELD:" + field;
            case AREA -> "AREA:" + area;
        });
    }

    /** The rule a second committee standing for the same thing breaks. */
    public org.ronghe.domain.shared.RuleViolationException standingTaken() {
        return switch (tier) {
            case DISTRICT_PROMOTION -> new SecondPromotionCommitteeException("the new city has its promotion committee already");
            case PROFESSIONAL -> new FieldAlreadyCoveredException("a professional committee for " + field + " stands already");
            case AREA -> new AreaAlreadyCoveredException("area " + area + " has its fusion committee already");
        };
    }

    /** The status today, from the dates. */
    public CommitteeStatus status() {
        return dissolvedOn != null ? CommitteeStatus.DISSOLVED
                : establishedOn != null ? CommitteeStatus.ESTABLISHED : CommitteeStatus.PLANNED;
    }

    /** The status on a day (null before the committee was planned). */
    public CommitteeStatus statusOn(LocalDate day) {
        if (day.isBefore(plannedOn)) {
            return null;
        }
        if (dissolvedOn != null && !day.isBefore(dissolvedOn)) {
            return CommitteeStatus.DISSOLVED;
        }
        if (establishedOn != null && !day.isBefore(establishedOn)) {
            return CommitteeStatus.ESTABLISHED;
        }
        return CommitteeStatus.PLANNED;
    }

    /** Who sat in the committee, in which role, on a day. */
    public List<Membership> membersOn(LocalDate day) {
        return memberships.stream().filter(m -> m.heldOn(day)).toList();
    }

    public Optional<Membership> currentMembership(OrganizationId organization) {
        return memberships.stream().filter(m -> m.isCurrent() && m.organization().equals(organization)).findFirst();
    }

    public Optional<Membership> currentLead() {
        return memberships.stream().filter(m -> m.isCurrent() && m.role() == MembershipRole.LEAD).findFirst();
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= version) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        this.version = storedVersion;
    }

    @Override
    public CommitteeId getId() {
        return id;
    }

    public CommitteeTier tier() {
        return tier;
    }

    public BilingualName name() {
        return name;
    }

    /** The field of a professional committee; null otherwise. */
    public ProfessionalField field() {
        return field;
    }

    /** The area of an area committee; null otherwise. */
    public AreaId area() {
        return area;
    }

    /** The promotion committee above; null for the promotion committee itself. */
    public CommitteeId parent() {
        return parent;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public Chair chair() {
        return chair;
    }

    /** Every membership there ever was, current and ended. */
    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public List<RulesDocument> rules() {
        return List.copyOf(rules);
    }

    public long version() {
        return version;
    }
}
