package org.ronghe.application.cases.port.in;

import java.time.Instant;
import java.util.Map;

import org.ronghe.domain.cases.CityCase;

/**
 * A case as callers see it at an instant, with the names a person reads beside its ids.
 *
 * @param categoryName      the category's Chinese name
 * @param organizationNames the Chinese name of every organization the case names (town, department, handler, and
 *                          who took each step), by id
 * @param answeringGridCode the grid that answers for it at its level now (after escalations), or null at the town
 * @param dueAt             when the limit of the step it waits for passes, or null while none counts
 * @param overdue           whether that limit had passed at {@code asOf}
 */
public record CaseView(CityCase.State cityCase, String categoryName, Map<String, String> organizationNames,
        String answeringGridCode, Instant dueAt, boolean overdue, Instant asOf) {

    public CaseView {
        organizationNames = Map.copyOf(organizationNames);
    }
}
