package org.ronghe.adapter.persistence.memory;

import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.task.port.out.FollowUpTasks;

/** Everything in one process's memory; gone when the process ends. */
public final class MemoryStorage implements Storage {

    private final MemoryTransactions transactions = new MemoryTransactions();
    private final MemoryOrganizations organizations = new MemoryOrganizations(transactions);
    private final MemoryApiTokens apiTokens = new MemoryApiTokens(transactions);
    private final MemoryAuditTrail auditTrail = new MemoryAuditTrail(transactions);
    private final MemoryIdempotencyRecords idempotencyRecords = new MemoryIdempotencyRecords(transactions);
    private final MemoryAreas areas = new MemoryAreas(transactions);
    private final MemoryCommittees committees = new MemoryCommittees(transactions);
    private final MemoryDomainProjects domainProjects = new MemoryDomainProjects(transactions);
    private final MemoryMeetings meetings = new MemoryMeetings(transactions);
    private final MemoryFollowUpTasks followUpTasks = new MemoryFollowUpTasks(transactions);
    private final MemoryActivities activities = new MemoryActivities(transactions);
    private final MemoryTargetSystems targetSystems = new MemoryTargetSystems(transactions);

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
    public org.ronghe.application.activity.port.out.Activities activities() {
        return activities;
    }

    @Override
    public org.ronghe.application.targetsystem.port.out.TargetSystems targetSystems() {
        return targetSystems;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
