package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;

final class MemoryActivities implements Activities {

    private static final Comparator<CoWorkActivity> LATEST_FIRST = Comparator
            .comparing((CoWorkActivity a) -> a.state().heldOn()).reversed().thenComparing(a -> a.getId().toString());

    private final VersionedRows<ActivityId, CoWorkActivity.State> rows;

    MemoryActivities(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "activity");
    }

    private static CoWorkActivity toActivity(VersionedRows.Versioned<CoWorkActivity.State> v) {
        var s = v.row();
        return CoWorkActivity.restore(new CoWorkActivity.State(s.id(), s.form(), s.title(), s.committee(),
                s.organizations(), s.heldOn(), s.link(), s.withdrawn(), s.withdrawReason(), v.version()));
    }

    @Override
    public Optional<CoWorkActivity> findById(ActivityId id) {
        return rows.get(id).map(MemoryActivities::toActivity);
    }

    @Override
    public void add(CoWorkActivity activity) {
        rows.insert(activity.getId(), activity.state());
        activity.markStored(1);
    }

    @Override
    public void update(CoWorkActivity activity) {
        activity.markStored(rows.update(activity.getId(), activity.version(), activity.state()));
    }

    @Override
    public Page<CoWorkActivity> find(ActivityCriteria criteria, PageRequest page) {
        return MemoryPages.of(all(criteria), page);
    }

    @Override
    public List<CoWorkActivity> all(ActivityCriteria criteria) {
        return rows.all().map(MemoryActivities::toActivity).filter(criteria::matches).sorted(LATEST_FIRST).toList();
    }
}
