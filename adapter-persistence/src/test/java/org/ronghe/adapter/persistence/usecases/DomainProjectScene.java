package org.ronghe.adapter.persistence.usecases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.storage.Storage;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.shared.BilingualName;

/**
 * Jiading's domain projects on the in-memory adapter (today is 2023-04-04): the district is the principal, the
 * transport and market departments carry flags, a town co-organizes; the road (路域) and river (河域) domains are
 * in the catalogue.
 */
final class DomainProjectScene implements AutoCloseable {

    static final Caller ADMIN = OnMemory.ADMIN;
    static final LocalDate TODAY = LocalDate.of(2023, 4, 4);
    static final DomainCode ROAD = new DomainCode("road");
    static final DomainCode RIVER = new DomainCode("river");

    private final Storage storage = new MemoryStorage();
    private final AtomicLong lastId = new AtomicLong();
    /** Ids in the order things were created, so that listings ordered by id are foreseeable. */
    final Ronghe ronghe = Ronghe.on(storage, Clock.fixed(Instant.parse("2023-04-04T02:00:00Z")),
            () -> new UUID(0, lastId.incrementAndGet()));
    final OrganizationView district;
    final OrganizationView transport;
    final OrganizationView market;
    final OrganizationView town;

    DomainProjectScene() {
        district = register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        transport = register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
        market = register("DEPARTMENT_PARTY_BODY", "区市场监管局党委", district);
        town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        ronghe.projects().commands().addDomain(ADMIN, new DomainDefinition(ROAD, BilingualName.of("路域", "Road")));
        ronghe.projects().commands().addDomain(ADMIN, new DomainDefinition(RIVER, BilingualName.of("河域", null)));
    }

    private OrganizationView register(String kind, String name, OrganizationView parent) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(kind, name, null,
                parent == null ? null : parent.id().toString(), null));
    }

    /** A caller holding a fresh OPERATOR token of the organization. */
    Caller operatorOf(OrganizationView organization) {
        var issued = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), Role.OPERATOR, null));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(auth.actor(), auth.token(), "req");
    }

    /** The audit entries of one aggregate. */
    List<AuditEntry> auditOf(Object aggregateId) {
        return Page.every(page -> ronghe.audit().queries().entries(ADMIN, new AuditCriteria(null, aggregateId.toString(),
                null, null, null), page));
    }

    /** A project of the domain carried by the flag-bearer, the town co-organizing, with the commitments. */
    ProjectView propose(DomainCode domain, String title, OrganizationView flagBearer, Commitment... commitments) {
        return ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(domain, BilingualName.of(title, null),
                flagBearer.id(), List.of(new CoOrganization(town.id(), "沿线联动")),
                new Mechanism("党组书记", "办公室主任", List.of()), Set.of(), Set.of(), List.of(commitments)));
    }

    /** Proposed, signed on 2022-02-15 and started on 2022-03-01. */
    ProjectView inProgress(DomainCode domain, String title, OrganizationView flagBearer, Commitment... commitments) {
        var project = propose(domain, title, flagBearer, commitments);
        ronghe.projects().commands().change(ADMIN, new ProjectChange.Sign(project.id(), 1, LocalDate.of(2022, 2, 15),
                Set.of(district.id(), flagBearer.id())));
        return ronghe.projects().commands().change(ADMIN, new ProjectChange.Start(project.id(), 2, LocalDate.of(2022, 3, 1)));
    }

    static Commitment due(int number, String deliverable, LocalDate dueOn) {
        return new Commitment(number, deliverable, dueOn);
    }

    @Override
    public void close() {
        storage.close();
    }
}
