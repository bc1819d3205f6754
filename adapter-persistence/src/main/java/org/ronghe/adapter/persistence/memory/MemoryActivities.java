package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;

import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;

final class MemoryActivities extends MemoryAggregates<CoWorkActivity, ActivityId, CoWorkActivity.State>
        implements Activities {

    private static final Comparator<CoWorkActivity> LATEST_FIRST = Comparator
            .comparing((CoWorkActivity a) -> a.state().heldOn()).reversed().thenComparing(a -> a.getId().toString());

    MemoryActivities(MemoryTransactions transactions) {
        super(transactions, "activity", new Shape<>(CoWorkActivity::restore,
                CoWorkActivity::getId, CoWorkActivity::state, CoWorkActivity::version, CoWorkActivity::markStored));
    }

    @Override
    public Page<CoWorkActivity> find(ActivityCriteria criteria, PageRequest page) {
        return MemoryPages.of(all(criteria), page);
    }

    @Override
    public List<CoWorkActivity> all(ActivityCriteria criteria) {
        return stored().filter(criteria::matches).sorted(LATEST_FIRST).toList();
    }
}
