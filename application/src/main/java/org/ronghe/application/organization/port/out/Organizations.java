package org.ronghe.application.organization.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.organization.DuplicateSiblingNameException;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.StaleVersionException;

/** All organizations, as a collection. Implementations must pass the adapter contract kit. */
public interface Organizations extends AggregateRepository<Organization, OrganizationId> {

    /** The organizations among these ids that exist, in no particular order: one read for many (views, trees). */
    List<Organization> findAllById(java.util.Collection<OrganizationId> ids);

    /**
     * The Chinese names of the organizations among these ids that exist, by id: one read of two columns for
     * views that only name them (a committee's members, a project's flag bearer).
     */
    Map<OrganizationId, String> namesOf(java.util.Collection<OrganizationId> ids);

    /** Every organization, in no particular order: one read for views of the whole structure. */
    List<Organization> all();

    /**
     * Stores a new organization at version 1 and marks it stored.
     *
     * @throws DuplicateSiblingNameException if a sibling has the same name key (the store must
     *         enforce this itself, so that two concurrent registrations cannot both pass)
     */
    @Override
    void add(Organization organization);

    /**
     * Stores the changed organization if, and only if, the stored version is still the one it was
     * read at; then advances its version by one and marks it stored.
     *
     * @throws StaleVersionException if the stored version moved on meanwhile (nothing is written)
     * @throws DuplicateSiblingNameException as for {@link #add(Organization)}
     */
    @Override
    void update(Organization organization);

    /**
     * Whether an organization other than {@code excluding} sits under {@code parentId} (null: at
     * the top) with the given name key ({@link org.ronghe.domain.organization.OrganizationName#key()}).
     */
    boolean isNameTaken(OrganizationId parentId, String nameKey, OrganizationId excluding);

    /** How many ACTIVE organizations sit directly under the given one. */
    long countActiveChildren(OrganizationId id);

    /**
     * The live (ACTIVE) district party committee, if any. Stores keep at most one: a second live one is
     * refused on {@link #add} with {@link org.ronghe.domain.organization.SecondDistrictPartyCommitteeException},
     * even when two transactions register one at once.
     */
    Optional<Organization> liveDistrictPartyCommittee();

    /**
     * The organizations that match, in a stable order: registration time, then id (as text), so that
     * paging never skips or repeats an item.
     */
    Page<Organization> find(OrganizationCriteria criteria, PageRequest page);
}
