package org.ronghe.application;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.ronghe.application.access.AccessModule;
import org.ronghe.application.activity.ActivityModule;
import org.ronghe.application.area.AreaModule;
import org.ronghe.application.audit.AuditModule;
import org.ronghe.application.committee.CommitteeModule;
import org.ronghe.application.idempotency.IdempotencyModule;
import org.ronghe.application.meeting.MeetingModule;
import org.ronghe.application.organization.OrganizationModule;
import org.ronghe.application.project.ProjectModule;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.targetsystem.TargetSystemModule;
import org.ronghe.application.targetsystem.service.TargetSystemService;
import org.ronghe.application.task.TaskModule;

/**
 * The application assembled on one storage: one module per context, each with its {@code commands()}
 * (every write, taking a {@link org.ronghe.application.shared.port.Caller}: who acts, for authorization
 * and the audit trail) and its {@code queries()}. This is the entry point for teams that embed Ronghe;
 * the HTTP server is built on it too (docs/adr/0014).
 */
public final class Ronghe {

    /**
     * How long a node trusts a token it authenticated when other processes share the database: a
     * revocation made on another node reaches this one within this time (docs/adr/0008).
     */
    public static final Duration SHARED_TOKEN_TTL = Duration.ofSeconds(1);
    /** The same for a store only this process opens: every revocation happens here and evicts at once. */
    public static final Duration LOCAL_TOKEN_TTL = Duration.ofMinutes(1);

    /** Every context, assembled; the order is the order a structure is built in. */
    public record Modules(OrganizationModule organizations, AccessModule access, AreaModule areas,
            CommitteeModule committees, ProjectModule projects, MeetingModule meetings, TaskModule tasks,
            ActivityModule activities, TargetSystemModule targetSystems, AuditModule audit,
            IdempotencyModule idempotency) {
    }

    private final Storage storage;
    private final Modules modules;

    private Ronghe(Storage storage, Clock clock, IdSource ids) {
        this.storage = Objects.requireNonNull(storage, "storage");
        var platform = new Platform(storage.transactions(), storage.auditTrail(), clock, ids);
        var organizations = storage.organizations();
        var committees = storage.committees();
        this.modules = new Modules(OrganizationModule.on(organizations, platform),
                AccessModule.on(storage.apiTokens(), organizations,
                        storage.sharedAcrossProcesses() ? SHARED_TOKEN_TTL : LOCAL_TOKEN_TTL, platform),
                AreaModule.on(storage.areas(), organizations, platform),
                CommitteeModule.on(committees, storage.areas(), organizations, platform),
                ProjectModule.on(storage.domainProjects(), organizations, platform),
                MeetingModule.on(storage.meetings(), storage.followUpTasks(), committees, organizations, platform),
                TaskModule.on(storage.followUpTasks(), storage.meetings(), committees, organizations, platform),
                ActivityModule.on(storage.activities(), committees, organizations, platform),
                TargetSystemModule.on(storage.targetSystems(), new TargetSystemService.References(organizations,
                        storage.areas(), committees, storage.domainProjects(), storage.meetings(),
                        storage.followUpTasks()), platform),
                AuditModule.on(storage.auditTrail()),
                IdempotencyModule.on(storage.idempotencyRecords(), platform));
    }

    /** The application on the given storage, with the system clock and time-ordered (version 7) ids. */
    public static Ronghe on(Storage storage) {
        return new Ronghe(storage, Clock.system(), IdSource.timeOrdered());
    }

    /** The application with a clock and id source of your own (tests, data sets, simulations). */
    public static Ronghe on(Storage storage, Clock clock, IdSource ids) {
        return new Ronghe(storage, Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ids, "ids"));
    }

    public Modules modules() {
        return modules;
    }

    public OrganizationModule organizations() {
        return modules.organizations();
    }

    public AccessModule access() {
        return modules.access();
    }

    public AreaModule areas() {
        return modules.areas();
    }

    public CommitteeModule committees() {
        return modules.committees();
    }

    public ProjectModule projects() {
        return modules.projects();
    }

    public MeetingModule meetings() {
        return modules.meetings();
    }

    public TaskModule tasks() {
        return modules.tasks();
    }

    public ActivityModule activities() {
        return modules.activities();
    }

    public TargetSystemModule targetSystems() {
        return modules.targetSystems();
    }

    public AuditModule audit() {
        return modules.audit();
    }

    public IdempotencyModule idempotency() {
        return modules.idempotency();
    }

    /**
     * Runs several commands as one: all of their writes commit together or none does (a whole data set
     * imported, say). Each command still checks its rules and leaves its audit entry.
     */
    public <T> T atomically(Supplier<T> commands) {
        return storage.transactions().inTransaction(commands);
    }

    /** Whether the store answers now; for health checks (never throws). */
    public boolean storageReachable() {
        return storage.reachable();
    }
}
