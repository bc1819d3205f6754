package org.ronghe.adapter.persistence.wiring;

import java.util.function.Function;

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
import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.application.task.port.out.FollowUpTasks;

/**
 * The wiring every storage adapter shares: each repository made once over the adapter's transactions
 * and handed out by {@link Storage}'s accessors. An adapter names how it makes each repository (usually
 * its constructor) and adds only what is its own (closing, reachability). A new repository is added here
 * once, not in every adapter.
 *
 * @param <T> the adapter's transactions, which its repositories take
 */
public abstract class RepositoryStorage<T extends Transactions> implements Storage {

    /** How an adapter makes each of its repositories over its transactions. */
    public record Makers<T>(Function<T, Organizations> organizations, Function<T, ApiTokens> apiTokens,
            Function<T, AuditTrail> auditTrail, Function<T, IdempotencyRecords> idempotencyRecords,
            Function<T, Areas> areas, Function<T, Committees> committees,
            Function<T, DomainProjects> domainProjects, Function<T, Meetings> meetings,
            Function<T, FollowUpTasks> followUpTasks, Function<T, Activities> activities,
            Function<T, TargetSystems> targetSystems, Function<T, GridPlans> gridPlans,
            Function<T, CityCases> cityCases, Function<T, CasePolicies> casePolicies,
            Function<T, org.ronghe.application.cases.port.out.ShortBoardProblems> shortBoardProblems) {
    }

    private final T transactions;
    private final Organizations organizations;
    private final ApiTokens apiTokens;
    private final AuditTrail auditTrail;
    private final IdempotencyRecords idempotencyRecords;
    private final Areas areas;
    private final Committees committees;
    private final DomainProjects domainProjects;
    private final Meetings meetings;
    private final FollowUpTasks followUpTasks;
    private final Activities activities;
    private final TargetSystems targetSystems;
    private final GridPlans gridPlans;
    private final CityCases cityCases;
    private final CasePolicies casePolicies;
    private final org.ronghe.application.cases.port.out.ShortBoardProblems shortBoardProblems;

    protected RepositoryStorage(T transactions, Makers<T> make) {
        this.transactions = transactions;
        this.organizations = make.organizations().apply(transactions);
        this.apiTokens = make.apiTokens().apply(transactions);
        this.auditTrail = make.auditTrail().apply(transactions);
        this.idempotencyRecords = make.idempotencyRecords().apply(transactions);
        this.areas = make.areas().apply(transactions);
        this.committees = make.committees().apply(transactions);
        this.domainProjects = make.domainProjects().apply(transactions);
        this.meetings = make.meetings().apply(transactions);
        this.followUpTasks = make.followUpTasks().apply(transactions);
        this.activities = make.activities().apply(transactions);
        this.targetSystems = make.targetSystems().apply(transactions);
        this.gridPlans = make.gridPlans().apply(transactions);
        this.cityCases = make.cityCases().apply(transactions);
        this.casePolicies = make.casePolicies().apply(transactions);
        this.shortBoardProblems = make.shortBoardProblems().apply(transactions);
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Organizations organizations() {
        return organizations;
    }

    @Override
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public IdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    @Override
    public Areas areas() {
        return areas;
    }

    @Override
    public Committees committees() {
        return committees;
    }

    @Override
    public DomainProjects domainProjects() {
        return domainProjects;
    }

    @Override
    public Meetings meetings() {
        return meetings;
    }

    @Override
    public FollowUpTasks followUpTasks() {
        return followUpTasks;
    }

    @Override
    public Activities activities() {
        return activities;
    }

    @Override
    public TargetSystems targetSystems() {
        return targetSystems;
    }

    @Override
    public GridPlans gridPlans() {
        return gridPlans;
    }

    @Override
    public CityCases cityCases() {
        return cityCases;
    }

    @Override
    public CasePolicies casePolicies() {
        return casePolicies;
    }

    @Override
    public org.ronghe.application.cases.port.out.ShortBoardProblems shortBoardProblems() {
        return shortBoardProblems;
    }
}
