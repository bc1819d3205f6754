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

    private final OrganizationId id;
    private final OrganizationKind kind;
    private OrganizationName name;
    private OrganizationId parentId;
    private final Jurisdiction jurisdiction;
    private OrganizationStatus status;
    private final Instant registeredAt;
    private Instant retiredAt;
    private long version;

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

    private Organization(State s) {
        this.id = s.id();
        this.kind = s.kind();
        this.name = s.name();
        this.parentId = s.parentId();
        this.jurisdiction = s.jurisdiction();
        this.status = s.status();
        this.registeredAt = s.registeredAt();
        this.retiredAt = s.retiredAt();
        this.version = s.version();
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
        if (!newName.key().equals(name.key()) && siblings.isTaken(newName)) {
            throw new DuplicateSiblingNameException(newName.zh());
        }
        var event = new OrganizationRenamed(id, name, newName, now);
        this.name = newName;
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
        if (newParent != null && newParent.descendsFrom(id)) {
            throw new ParentCycleException(id, newParent.id());
        }
        checkPlacement(kind, newParent);
        OrganizationId newParentId = newParent == null ? null : newParent.id();
        if (!Objects.equals(newParentId, parentId) && newSiblings.isTaken(name)) {
            throw new DuplicateSiblingNameException(name.zh());
        }
        var event = new OrganizationMoved(id, parentId, newParentId, now);
        this.parentId = newParentId;
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
            throw new ActiveChildrenException(id, activeChildren);
        }
        this.status = OrganizationStatus.RETIRED;
        this.retiredAt = now;
        return new OrganizationRetired(id, now);
    }

    /**
     * Records the version under which a repository stored this organization. The version is what
     * makes every change a compare-and-set, so only a repository advances it.
     */
    public void markStored(long storedVersion) {
        if (storedVersion <= version) {
            throw new IllegalArgumentException("a stored version only grows: " + storedVersion + " <= " + version);
        }
        this.version = storedVersion;
    }

    private static void checkPlacement(OrganizationKind kind, ProspectiveParent parent) {
        ParentKindPolicy.check(kind, parent == null ? null : parent.kind());
        if (parent != null && parent.status() == OrganizationStatus.RETIRED) {
            throw new RetiredParentException(parent.id());
        }
    }

    private void requireActive() {
        if (status == OrganizationStatus.RETIRED) {
            throw new OrganizationRetiredException(id);
        }
    }

    @Override
    public OrganizationId getId() {
        return id;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public OrganizationName name() {
        return name;
    }

    /** The parent, or null for an organization at the top of the hierarchy. */
    public OrganizationId parentId() {
        return parentId;
    }

    /** The jurisdiction, or null when none was given. */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public OrganizationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** When it retired, or null while active. */
    public Instant retiredAt() {
        return retiredAt;
    }

    /** The stored version this state was read at; 0 before it was first stored. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Organization[" + id + ", " + kind + ", " + name.zh() + ", v" + version + "]";
    }
}
