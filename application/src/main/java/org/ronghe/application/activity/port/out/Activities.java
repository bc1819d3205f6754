package org.ronghe.application.activity.port.out;

import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;

/** All co-work activities. Implementations must pass the adapter contract kit. */
public interface Activities extends AggregateRepository<CoWorkActivity, ActivityId> {

    /** Matching activities, latest day first, then by id. */
    Page<CoWorkActivity> find(ActivityCriteria criteria, PageRequest page);

    /** Every matching activity, for counting. */
    List<CoWorkActivity> all(ActivityCriteria criteria);
}
