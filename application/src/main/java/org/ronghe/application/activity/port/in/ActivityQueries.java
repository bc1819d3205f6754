package org.ronghe.application.activity.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;

/** Reading co-work activities and counting them. */
public interface ActivityQueries {

    ActivityView activity(ActivityId id);

    /** Matching activities, latest day first. */
    Page<ActivityView> activities(ActivityCriteria criteria, PageRequest page);

    /**
     * Activities not withdrawn, held in [from, until) (null: unbounded), counted per form, per committee
     * and per organization taking part; every form appears, with 0 if none.
     */
    List<Count> counts(LocalDate from, LocalDate until);

    record Count(String dimension, String key, long activities) {
    }
}
