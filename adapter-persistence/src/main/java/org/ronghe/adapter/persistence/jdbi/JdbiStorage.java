package org.ronghe.adapter.persistence.jdbi;

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

import com.zaxxer.hikari.HikariDataSource;

final class JdbiStorage implements Storage {

    private final HikariDataSource dataSource;
    private final JdbiTransactions transactions;
    private final JdbiOrganizations organizations;
    private final JdbiApiTokens apiTokens;
    private final JdbiAuditTrail auditTrail;
    private final JdbiIdempotencyRecords idempotencyRecords;
    private final JdbiAreas areas;
    private final JdbiCommittees committees;
    private final JdbiDomainProjects domainProjects;
    private final JdbiMeetings meetings;
    private final JdbiFollowUpTasks followUpTasks;
    private final JdbiActivities activities;
    private final JdbiTargetSystems targetSystems;

    private final boolean shared;

    JdbiStorage(HikariDataSource dataSource, JdbiTransactions transactions, boolean shared) {
        this.dataSource = dataSource;
        this.shared = shared;
        this.transactions = transactions;
        this.organizations = new JdbiOrganizations(transactions);
        this.apiTokens = new JdbiApiTokens(transactions);
        this.auditTrail = new JdbiAuditTrail(transactions);
        this.idempotencyRecords = new JdbiIdempotencyRecords(transactions);
        this.areas = new JdbiAreas(transactions);
        this.committees = new JdbiCommittees(transactions);
        this.domainProjects = new JdbiDomainProjects(transactions);
        this.meetings = new JdbiMeetings(transactions);
        this.followUpTasks = new JdbiFollowUpTasks(transactions);
        this.activities = new JdbiActivities(transactions);
        this.targetSystems = new JdbiTargetSystems(transactions);
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
    public org.ronghe.application.activity.port.out.Activities activities() {
        return activities;
    }

    @Override
    public org.ronghe.application.targetsystem.port.out.TargetSystems targetSystems() {
        return targetSystems;
    }

    @Override
    public boolean sharedAcrossProcesses() {
        return shared;
    }

    @Override
    public boolean reachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        transactions.close();
        dataSource.close();
    }
}
