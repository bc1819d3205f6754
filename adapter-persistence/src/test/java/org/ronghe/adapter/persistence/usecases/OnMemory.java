package org.ronghe.adapter.persistence.usecases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.storage.Storage;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;

/**
 * The application on the in-memory adapter (or on another store a test opens), its clock on the data set's reference
 * day, and helpers to set a scene.
 */
public final class OnMemory implements AutoCloseable {

    public static final Caller ADMIN = Caller.system("use cases");

    private final Storage storage;
    /** The wall clock: the data set's reference day until a test moves it on. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2023-04-04T02:00:00Z"));
    public final Ronghe ronghe;

    public OnMemory() {
        this(new MemoryStorage());
    }

    /** The same scene on another store (a database several nodes share). */
    OnMemory(Storage storage) {
        this.storage = storage;
        this.ronghe = Ronghe.on(storage, now::get, UUID::randomUUID);
    }

    /** Moves the application's clock on (time limits passing). */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public Instant now() {
        return now.get();
    }

    public OrganizationView register(String kind, String name, OrganizationView parent) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(kind, name, null,
                parent == null ? null : parent.id().toString(), null));
    }

    /** A caller holding a fresh OPERATOR token of the organization, authenticated as the server would. */
    public Caller operatorOf(OrganizationView organization) {
        var issued = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), Role.OPERATOR, null));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(auth.actor(), auth.token(), "req");
    }

    /** A caller holding a fresh READER token of the organization. */
    public Caller readerOf(OrganizationView organization) {
        var issued = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), Role.READER, null));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(auth.actor(), auth.token(), "req");
    }

    /** How many audit entries the store holds. */
    int auditEntries() {
        return (int) ronghe.audit().queries().entries(ADMIN, AuditCriteria.all(), PageRequest.first()).totalItems();
    }

    /** The audit entries of one aggregate. */
    List<AuditEntry> auditOf(String aggregateId) {
        return Page.every(page -> ronghe.audit().queries().entries(ADMIN, new AuditCriteria(null, aggregateId, null, null,
                null), page));
    }

    Storage storage() {
        return storage;
    }

    @Override
    public void close() {
        storage.close();
    }
}
