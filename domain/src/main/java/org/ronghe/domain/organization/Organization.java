package org.ronghe.domain.organization;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;

/**
 * Any body that takes part in integrated party building: the district party committee, a
 * department's party body, a town, a village, an enterprise, a regional unit, a neighbouring city.
 *
 * <p>Rules it owns: its kind fixes which parents it may have ({@link ParentKindPolicy}); it never
 * sits under itself or a descendant; its Chinese name is unique among its siblings; a retired
 * organization takes no new children and no longer changes. Each change returns the past-tense
 * event that records it; a change that breaks a rule throws and leaves the organization unchanged.
 */
public final class Organization implements AggregateRoot<Organization, OrganizationId> {

    /** Everything an organization is; for registering and restoring. */
    public record State(OrganizationId id, OrganizationKind kind, OrganizationName name, OrganizationId parentId,
            Jurisdiction jurisdiction, OrganizationStatus status, Instant registeredAt, Instant retiredAt,
            long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(registeredAt, "registeredAt");
        }
    }

    private State s;

    private Organization(State state) {
        this.s = state;
    }

    /** A newly registered organization together with the event that records it. */
    public record Registration(Organization organization, OrganizationRegistered event) {
    }

    /**
     * Registers a new organization under {@code parent} (null: at the top of the hierarchy).
     *
     * @throws ParentKindNotAllowedException if its kind may not sit under the parent's kind
     * @throws RetiredParentException if the parent is retired
     * @throws DuplicateSiblingNameException if a sibling already has the name
     */
    public static Registration register(OrganizationId id, OrganizationKind kind, OrganizationName name,
            ProspectiveParent parent, Jurisdiction jurisdiction, SiblingNames siblings, Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        checkPlacement(kind, parent);
        if (siblings.isTaken(name)) {
            throw new DuplicateSiblingNameException(name.zh());
        }
        OrganizationId parentId = parent == null ? null : parent.id();
        var organization = new Organization(new State(id, kind, name, parentId, jurisdiction, OrganizationStatus.ACTIVE,
                now, null, 0));
        return new Registration(organization,
                new OrganizationRegistered(id, kind, name, parentId, jurisdiction, now));
    }

    /** Rebuilds an organization from storage. Only repositories call this. */
    public static Organization restore(State state) {
        return new Organization(state);
    }

    /**
     * Gives the organization a new name.
     *
     * @throws OrganizationRetiredException if it is retired
     * @throws DuplicateSiblingNameException if a sibling already has the new name
     */
    public OrganizationRenamed rename(OrganizationName newName, SiblingNames siblings, Instant now) {
        Objects.requireNonNull(newName, "newName");
        requireActive();
        if (!newName.key().equals(s.name().key()) && siblings.isTaken(newName)) {
            throw new DuplicateSiblingNameException(newName.zh());
        }
        var event = new OrganizationRenamed(s.id(), s.name(), newName, now);
        s = with(newName, s.parentId(), s.status(), s.retiredAt());
        return event;
    }

    /**
     * Moves the organization under another parent (null: to the top, where its kind allows it).
     *
     * @throws ParentCycleException if the new parent is itself or one of its descendants
     * @throws ParentKindNotAllowedException if its kind may not sit under the new parent's kind
     * @throws RetiredParentException if the new parent is retired
     * @throws DuplicateSiblingNameException if a new sibling already has its name
     */
    public OrganizationMoved moveUnder(ProspectiveParent newParent, SiblingNames newSiblings, Instant now) {
        requireActive();
        if (newParent != null && newParent.descendsFrom(s.id())) {
            throw new ParentCycleException(s.id(), newParent.id());
        }
        checkPlacement(s.kind(), newParent);
        OrganizationId newParentId = newParent == null ? null : newParent.id();
        if (!Objects.equals(newParentId, s.parentId()) && newSiblings.isTaken(s.name())) {
            throw new DuplicateSiblingNameException(s.name().zh());
        }
        var event = new OrganizationMoved(s.id(), s.parentId(), newParentId, now);
        s = with(s.name(), newParentId, s.status(), s.retiredAt());
        return event;
    }

    /**
     * Retires the organization; it stays on record but takes no new children and no longer changes.
     *
     * @param activeChildren how many active organizations sit directly under it
     * @throws OrganizationRetiredException if it is retired already
     * @throws ActiveChildrenException if active organizations still sit under it
     */
    public OrganizationRetired retire(long activeChildren, Instant now) {
        requireActive();
        if (activeChildren > 0) {
            throw new ActiveChildrenException(s.id(), activeChildren);
        }
        s = with(s.name(), s.parentId(), OrganizationStatus.RETIRED, now);
        return new OrganizationRetired(s.id(), now);
    }

    /**
     * Records the version under which a repository stored this organization. The version is what
     * makes every change a compare-and-set, so only a repository advances it.
     */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows: " + storedVersion + " <= " + s.version());
        }
        s = new State(s.id(), s.kind(), s.name(), s.parentId(), s.jurisdiction(), s.status(), s.registeredAt(),
                s.retiredAt(), storedVersion);
    }

    private static void checkPlacement(OrganizationKind kind, ProspectiveParent parent) {
        ParentKindPolicy.check(kind, parent == null ? null : parent.kind());
        if (parent != null && parent.status() == OrganizationStatus.RETIRED) {
            throw new RetiredParentException(parent.id());
        }
    }

    private void requireActive() {
        if (s.status() == OrganizationStatus.RETIRED) {
            throw new OrganizationRetiredException(s.id());
        }
    }

    private State with(OrganizationName name, OrganizationId parentId, OrganizationStatus status, Instant retiredAt) {
        return new State(s.id(), s.kind(), name, parentId, s.jurisdiction(), status, s.registeredAt(), retiredAt,
                s.version());
    }

    public State state() {
        return s;
    }

    @Override
    public OrganizationId getId() {
        return s.id();
    }

    public OrganizationKind kind() {
        return s.kind();
    }

    public OrganizationName name() {
        return s.name();
    }

    /** The parent, or null for an organization at the top of the hierarchy. */
    public OrganizationId parentId() {
        return s.parentId();
    }

    /** The jurisdiction, or null when none was given. */
    public Jurisdiction jurisdiction() {
        return s.jurisdiction();
    }

    public OrganizationStatus status() {
        return s.status();
    }

    public Instant registeredAt() {
        return s.registeredAt();
    }

    /** When it retired, or null while active. */
    public Instant retiredAt() {
        return s.retiredAt();
    }

    /** The stored version this state was read at; 0 before it was first stored. */
    public long version() {
        return s.version();
    }

    @Override
    public String toString() {
        return "Organization[" + s.id() + ", " + s.kind() + ", " + s.name().zh() + ", v" + s.version() + "]";
    }
}
