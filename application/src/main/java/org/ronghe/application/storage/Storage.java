package org.ronghe.application.storage;

import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.task.port.out.FollowUpTasks;

/** One opened store: the repositories of every aggregate and the transactions that span them. */
public interface Storage extends AutoCloseable {

    Transactions transactions();

    Organizations organizations();

    ApiTokens apiTokens();

    AuditTrail auditTrail();

    IdempotencyRecords idempotencyRecords();

    Areas areas();

    Committees committees();

    DomainProjects domainProjects();

    Meetings meetings();

    FollowUpTasks followUpTasks();

    org.ronghe.application.activity.port.out.Activities activities();

    org.ronghe.application.targetsystem.port.out.TargetSystems targetSystems();

    org.ronghe.application.grid.port.out.GridPlans gridPlans();

    org.ronghe.application.cases.port.out.CityCases cityCases();

    org.ronghe.application.cases.port.out.CasePolicies casePolicies();

    org.ronghe.application.cases.port.out.ShortBoardProblems shortBoardProblems();

    /**
     * Whether other processes may write to the same store (PostgreSQL, an H2 server): then what a
     * process caches must expire, since changes made elsewhere do not pass through it.
     */
    default boolean sharedAcrossProcesses() {
        return false;
    }

    /**
     * Whether the store answers now (a connection and a trivial query within a few seconds); for health
     * checks, so it never throws.
     */
    default boolean reachable() {
        return true;
    }

    /**
     * What the store reports about its own work (its connection pool, its commits), for the server's
     * metrics; none by default.
     */
    default java.util.List<StorageMeter> meters() {
        return java.util.List.of();
    }

    /** Releases connections and files; the storage is unusable afterwards. */
    @Override
    void close();
}
