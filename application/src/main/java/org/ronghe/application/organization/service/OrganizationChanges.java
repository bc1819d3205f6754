package org.ronghe.application.organization.service;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;

/**
 * The one way an existing organization changes: in a transaction, load it at the version the
 * caller read, let the change (its policy check and its rule) produce the event, store it with a
 * version compare-and-set, and append the audit entry.
 */
final class OrganizationChanges {

    /** A change to one organization; it checks who may make it and returns the event it caused. */
    @FunctionalInterface
    interface Change {
        DomainEvent apply(Organization organization, List<OrganizationId> lineage);
    }

    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final Placements placements;

    OrganizationChanges(Organizations organizations, Transactions transactions, Auditor auditor, Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    Placements placements() {
        return placements;
    }

    Organizations organizations() {
        return organizations;
    }

    Clock clock() {
        return clock;
    }

    OrganizationView change(Caller caller, OrganizationId id, long expectedVersion, Change change) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(id, expectedVersion);
            var event = change.apply(organization, placements.lineage(organization));
            organizations.update(organization);
            auditor.record(caller, event);
            return OrganizationView.of(organization);
        });
    }
}
