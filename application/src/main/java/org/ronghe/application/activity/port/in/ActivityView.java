package org.ronghe.application.activity.port.in;

import org.ronghe.domain.activity.CoWorkActivity;

/** A co-work activity as callers see it. */
public record ActivityView(CoWorkActivity.State activity) {

    public static ActivityView of(CoWorkActivity activity) {
        return new ActivityView(activity.state());
    }
}
