package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.wiring.RepositoryStorage;

/** Everything in one process's memory; gone when the process ends. */
public final class MemoryStorage extends RepositoryStorage<MemoryTransactions> {

    public MemoryStorage() {
        super(new MemoryTransactions(), new Makers<>(MemoryOrganizations::new, MemoryApiTokens::new,
                MemoryAuditTrail::new, MemoryIdempotencyRecords::new, MemoryAreas::new, MemoryCommittees::new,
                MemoryDomainProjects::new, MemoryMeetings::new, MemoryFollowUpTasks::new, MemoryActivities::new,
                MemoryTargetSystems::new, MemoryGridPlans::new, MemoryCityCases::new, MemoryCasePolicies::new,
                MemoryShortBoardProblems::new));
    }

    @Override
    public void close() {
        // nothing to release
    }
}
