package org.ronghe.adapter.http.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.application.activity.port.in.ActivityQueries;
import org.ronghe.domain.activity.CoWorkForm;

/** What the OpenAPI document says of the routes of {@link ActivityRoutes}: summaries, query parameters, bodies, answers. */
final class ActivityDocs {

    static final ApiDocs DOCS = ApiDocs.of("activities",
            "共建活动 · Co-work activities in the five forms, and their counts",
            ApiDoc.post("/api/v1/activities", "recordActivity", "record co-work in one of the five forms (an organization that took part)")
                    .takes(RecordActivity.class)
                    .answers("created", Schema.of(ActivityRoutes.ActivityResource.class)),
            ApiDoc.get("/api/v1/activities", "listActivities", "co-work activities, latest first")
                    .query(Query.oneOf("form", CoWorkForm.class).describedAs("only this form"), Query.uuid("committeeId").describedAs("only activities under this committee"), Query.uuid("organizationId").describedAs("only activities this organization took part in"), Query.date("from").describedAs("held on or after"), Query.date("until").describedAs("held before"), Query.bool("includeWithdrawn").describedAs("also withdrawn records"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(ActivityRoutes.ActivityResource.class)),
            ApiDoc.get("/api/v1/activities/{id}", "getActivity", "one co-work activity")
                    .answers("found", Schema.of(ActivityRoutes.ActivityResource.class)),
            ApiDoc.post("/api/v1/activities/{id}/withdraw", "withdrawActivity", "withdraw a record made in error; it no longer counts")
                    .takes(WithdrawActivity.class)
                    .answers("changed", Schema.of(ActivityRoutes.ActivityResource.class)),
            ApiDoc.get("/api/v1/activity-counts", "activityCounts", "activities not withdrawn per form (all five), per committee and per organization")
                    .query(Query.date("from").describedAs("held on or after"), Query.date("until").describedAs("held before"))
                    .answers("a page", Schema.items(ActivityQueries.Count.class)))
            .with(ApiDoc.Component.of(ActivityQueries.Count.class, "dimension")
                    .oneOf("form", "committee", "organization"));

    private ActivityDocs() {
    }

    /** The body of {@code POST /api/v1/activities}. */
    record RecordActivity(CoWorkForm form,
            String title,
            @ApiDoc.Optional UUID committeeId,
            @ApiDoc.MinItems(2) List<UUID> organizationIds,
            LocalDate heldOn,
            @ApiDoc.Optional String link) {
    }

    /** The body of {@code POST /api/v1/activities/{id}/withdraw}. */
    record WithdrawActivity(String reason) {
    }
}
