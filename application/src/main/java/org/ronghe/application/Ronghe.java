package org.ronghe.application;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.ronghe.application.access.AccessModule;
import org.ronghe.application.activity.ActivityModule;
import org.ronghe.application.area.AreaModule;
import org.ronghe.application.cases.CaseModule;
import org.ronghe.application.audit.AuditModule;
import org.ronghe.application.committee.CommitteeModule;
import org.ronghe.application.grid.GridModule;
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

    private final Storage storage;
    private final OrganizationModule organizations;
    private final AccessModule access;
    private final AreaModule areas;
    private final CommitteeModule committees;
    private final ProjectModule projects;
    private final MeetingModule meetings;
    private final TaskModule tasks;
    private final ActivityModule activities;
    private final TargetSystemModule targetSystems;
    private final GridModule grids;
    private final CaseModule cases;
    private final AuditModule audit;
    private final IdempotencyModule idempotency;

    // the order is the order a structure is built in
    private Ronghe(Storage storage, Clock clock, IdSource ids) {
        this.storage = Objects.requireNonNull(storage, "storage");
        var platform = new Platform(storage.transactions(), storage.auditTrail(), clock, ids);
        var organizationPorts = storage.organizations();
        var committeePorts = storage.committees();
        this.organizations = OrganizationModule.on(organizationPorts, platform);
        this.access = AccessModule.on(storage.apiTokens(), organizationPorts,
                storage.sharedAcrossProcesses() ? SHARED_TOKEN_TTL : LOCAL_TOKEN_TTL, platform);
        this.areas = AreaModule.on(storage.areas(), organizationPorts, platform);
        this.committees = CommitteeModule.on(committeePorts, storage.areas(), organizationPorts, platform);
        this.projects = ProjectModule.on(storage.domainProjects(), organizationPorts, platform);
        this.meetings = MeetingModule.on(storage.meetings(), storage.followUpTasks(), committeePorts,
                organizationPorts, new org.ronghe.application.meeting.service.AgendaLinks(storage.domainProjects(),
                        storage.areas(), committeePorts, storage.shortBoardProblems()), platform);
        this.tasks = TaskModule.on(storage.followUpTasks(), storage.meetings(), committeePorts, organizationPorts,
                platform);
        this.activities = ActivityModule.on(storage.activities(), committeePorts, organizationPorts, platform);
        this.targetSystems = TargetSystemModule.on(storage.targetSystems(), new TargetSystemService.References(
                organizationPorts, storage.areas(), committeePorts, storage.domainProjects(), storage.meetings(),
                storage.followUpTasks(), storage.gridPlans()), platform);
        this.grids = GridModule.on(storage.gridPlans(), organizationPorts, platform);
        this.cases = CaseModule.on(storage.cityCases(), storage.casePolicies(), storage.shortBoardProblems(),
                organizationPorts, grids.queries(), committees.queries(), platform);
        this.audit = AuditModule.on(storage.auditTrail());
        this.idempotency = IdempotencyModule.on(storage.idempotencyRecords(), platform);
    }

    /** The application on the given storage, with the system clock and time-ordered (version 7) ids. */
    public static Ronghe on(Storage storage) {
        return new Ronghe(storage, Clock.system(), IdSource.timeOrdered());
    }

    /** The application with a clock and id source of your own (tests, data sets, simulations). */
    public static Ronghe on(Storage storage, Clock clock, IdSource ids) {
        return new Ronghe(storage, Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ids, "ids"));
    }

    public OrganizationModule organizations() {
        return organizations;
    }

    public AccessModule access() {
        return access;
    }

    public AreaModule areas() {
        return areas;
    }

    public CommitteeModule committees() {
        return committees;
    }

    public ProjectModule projects() {
        return projects;
    }

    public MeetingModule meetings() {
        return meetings;
    }

    public TaskModule tasks() {
        return tasks;
    }

    public ActivityModule activities() {
        return activities;
    }

    public TargetSystemModule targetSystems() {
        return targetSystems;
    }

    public GridModule grids() {
        return grids;
    }

    public CaseModule cases() {
        return cases;
    }

    public AuditModule audit() {
        return audit;
    }

    public IdempotencyModule idempotency() {
        return idempotency;
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
