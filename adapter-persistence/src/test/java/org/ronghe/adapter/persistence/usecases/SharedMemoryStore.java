package org.ronghe.adapter.persistence.usecases;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.targetsystem.port.out.TargetSystems;
import org.ronghe.application.task.port.out.FollowUpTasks;

/**
 * The in-memory store as a database server would present itself: other processes may write to it
 * (so several {@link org.ronghe.application.Ronghe} nodes can open it), and it may stop answering.
 */
final class SharedMemoryStore implements Storage {

    private final Storage store = new MemoryStorage();
    private final boolean shared;
    private volatile boolean reachable = true;

    SharedMemoryStore(boolean shared) {
        this.shared = shared;
    }

    /** The database server goes down (for the health check; the data stays readable in memory). */
    void goDown() {
        reachable = false;
    }

    @Override
    public boolean sharedAcrossProcesses() {
        return shared;
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    @Override
    public Transactions transactions() {
        return store.transactions();
    }

    @Override
    public Organizations organizations() {
        return store.organizations();
    }

    @Override
    public ApiTokens apiTokens() {
        return store.apiTokens();
    }

    @Override
    public AuditTrail auditTrail() {
        return store.auditTrail();
    }

    @Override
    public IdempotencyRecords idempotencyRecords() {
        return store.idempotencyRecords();
    }

    @Override
    public Areas areas() {
        return store.areas();
    }

    @Override
    public Committees committees() {
        return store.committees();
    }

    @Override
    public DomainProjects domainProjects() {
        return store.domainProjects();
    }

    @Override
    public Meetings meetings() {
        return store.meetings();
    }

    @Override
    public FollowUpTasks followUpTasks() {
        return store.followUpTasks();
    }

    @Override
    public Activities activities() {
        return store.activities();
    }

    @Override
    public TargetSystems targetSystems() {
        return store.targetSystems();
    }

    @Override
    public org.ronghe.application.grid.port.out.GridPlans gridPlans() {
        return store.gridPlans();
    }

    @Override
    public org.ronghe.application.cases.port.out.CityCases cityCases() {
        return store.cityCases();
    }

    @Override
    public org.ronghe.application.cases.port.out.CasePolicies casePolicies() {
        return store.casePolicies();
    }

    @Override
    public org.ronghe.application.cases.port.out.ShortBoardProblems shortBoardProblems() {
        return store.shortBoardProblems();
    }

    @Override
    public void close() {
        store.close();
    }
}
