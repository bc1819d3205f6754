package org.ronghe.adapter.http.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.domain.cases.CaseStatus;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;

/** What the OpenAPI document says of the routes of {@link CaseRoutes}. */
final class CaseDocs {

    private static final Query AS_OF = Query.dateTime("asOf")
            .describedAs("the instant overdue is judged at (now when left out)");

    static final ApiDocs DOCS = ApiDocs.of("cases",
            "数治闭环 · City signals handled in a closed loop: intake, routing to grids and departments, time limits,"
                    + " verification, escalation",
            ApiDoc.post(CaseRoutes.POLICY, "adoptCasePolicy",
                    "adopt the district's case policy: categories with their departments and limits, the working-day calendar, the short-board rule (the admin, once)")
                    .takes(CasePolicy.class)
                    .status(409, "a policy is adopted already: revise it")
                    .answers("adopted", Schema.of(CaseRoutes.PolicyResource.class)),
            ApiDoc.post(CaseRoutes.POLICY + "/revise", "reviseCasePolicy",
                    "replace the case policy whole (a category with open cases stays)")
                    .takes(CasePolicy.class)
                    .status(409, "a category left out still has open cases")
                    .answers("revised", Schema.of(CaseRoutes.PolicyResource.class)),
            ApiDoc.get(CaseRoutes.POLICY, "getCasePolicy", "the case policy, with each category's department named")
                    .status(404, "no policy is adopted yet")
                    .answers("found", Schema.of(CaseRoutes.PolicyResource.class)),
            ApiDoc.post(CaseRoutes.SIGNALS, "receiveSignal",
                    "take in a signal from any source: a new case routed by its point to the grids and town it lies in and to its category's department, or a repeat joining an open case")
                    .description("Idempotency-Key is required here and is the source's own event id: a replay answers the case it made or joined (200), never a second case; the same id with another signal is 422. A point outside every grid becomes a case waiting to be filed to a town, never refused.")
                    .takes(Signal.class)
                    .status(200, "a repeat joined an open case (DUPLICATE), or the event was taken in before (ALREADY_RECEIVED)")
                    .status(409, "no case policy is adopted yet")
                    .status(422, "the event id was used for another signal (400 names an unknown category)")
                    .answers("a new case", Schema.of(CaseRoutes.IntakeResource.class)),
            ApiDoc.get(CaseRoutes.CASES, "listCases", "cases by status, town, grid of any level, department, category and overdue, the latest received first, with names beside ids")
                    .query(Query.oneOf("status", CaseStatus.class).describedAs("only this status"),
                            Query.uuid("townId").describedAs("only this town's cases"),
                            Query.uuid("gridId").describedAs("only cases routed to this grid (any level)"),
                            Query.uuid("departmentId").describedAs("only cases of this department"),
                            Query.text("category").describedAs("only this category's code"),
                            Query.bool("overdue").describedAs("only open cases past their limit at asOf"), AS_OF)
                    .query(Query.text("q").describedAs("only cases whose description or address contains this (case, full-width forms and spaces do not matter; at most 100 characters)"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(CaseRoutes.CaseResource.class)),
            ApiDoc.get(CaseRoutes.FIGURES, "caseFigures",
                    "received, closed, on-time rate (closed on time over closed plus open past their limit), median hours to sign for and to close, duplicates, escalations and returns, by town, village grid, department or category")
                    .query(Query.oneOf("by", "town", "grid", "department", "category").describedAs("the grouping (required)"),
                            Query.date("from").describedAs("cases received from this day (Asia/Shanghai)"),
                            Query.date("to").describedAs("to this day, inclusive"),
                            Query.dateTime("asOf").describedAs("the instant open cases are judged past their limit, and the last a case counts from (now when left out)"))
                    .answers("the figures", Schema.of(CaseRoutes.FiguresResource.class)),
            ApiDoc.get(CaseRoutes.SHORT_BOARDS, "listShortBoardProblems",
                    "short-board problems (短板问题) the cases raised: as many cases of a category in a village grid within the policy's days as its rule says, each a draft agenda item for the area fusion committee the town sits in (the promotion committee where it sits in none), the latest first")
                    .query(Query.uuid("committeeId").describedAs("only those raised for this committee"),
                            Query.uuid("townId").describedAs("only this town's"),
                            Query.text("category").describedAs("only this category's code"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(CaseRoutes.ShortBoardProblemResource.class)),
            ApiDoc.get(CaseRoutes.CASES + "/{id}", "getCase", "one case with its history")
                    .query(AS_OF)
                    .answers("found", Schema.of(CaseRoutes.CaseDetailResource.class)),
            step("file", "fileCase", "立案: the town files a received case (a case outside every grid: the admin names the town)", File.class),
            step("invalidate", "invalidateCase", "不予立案: not a case, with the reason", Reason.class),
            step("dispatch", "dispatchCase", "派遣: the town sends it to its category's department, or to the one named", Dispatch.class),
            step("sign-for", "signForCase", "签收: the department takes it; the time to respond starts", null),
            step("return", "returnCase", "退单: the department sends it back with a reason, within its time to sign for", Reason.class),
            step("start-handling", "startHandlingCase", "开始处置: the department starts work", null),
            step("respond", "respondToCase", "处置反馈: the department says what it did, with photos by reference", Response.class),
            step("verify", "verifyCase", "核查: the town verifies on the spot (never the handler's organization): passed, or failed back to handling with the finding", Verification.class),
            step("close", "closeCase", "结案: the town closes a verified case", null),
            step("suspend", "suspendCase", "挂起: the town agrees an extension; its time stops counting", Reason.class),
            step("resume", "resumeCase", "恢复: the case goes on where it stood; its time counts again", null));

    private CaseDocs() {
    }

    private static ApiDoc step(String action, String operationId, String summary, Class<?> body) {
        var doc = ApiDoc.post(CaseRoutes.CASES + "/{id}/" + action, operationId, summary)
                .status(409, "the case is not where this step can be taken (or, to return, its time to sign for passed)");
        return (body == null ? doc : doc.takes(body)).answers("the case after the step",
                Schema.of(CaseRoutes.CaseDetailResource.class));
    }

    record Point(@ApiDoc.About("WGS 84 degrees, 73 to 136") double longitude,
            @ApiDoc.About("WGS 84 degrees, 3 to 54") double latitude) {
    }

    /** The body of {@code POST /api/v1/signals}. */
    record Signal(SignalSource source, @ApiDoc.About("a category code of the policy") String category, Point location,
            @ApiDoc.Optional String address, String description,
            @ApiDoc.Optional @ApiDoc.MaxItems(9) @ApiDoc.About("http(s) URLs of photos kept elsewhere") List<String> photos,
            @ApiDoc.Optional @ApiDoc.About("when the source saw it") Instant reportedAt) {
    }

    record Limit(int amount, TimeLimit.LimitUnit unit) {
    }

    record Category(@ApiDoc.Pattern("[A-Z][A-Z0-9_-]{1,31}") String code, String nameZh, String nameEn,
            UUID departmentId, Urgency urgency, Limit toSignFor, Limit toRespond,
            @ApiDoc.Optional @ApiDoc.About("a repeat within this many hours ...") Integer repeatWindowHours,
            @ApiDoc.Optional @ApiDoc.About("... and this many metres of an open case joins it (0: never)") Integer repeatMetres) {
    }

    record Calendar(@ApiDoc.Optional List<LocalDate> holidays, @ApiDoc.Optional List<LocalDate> makeUpWorkingDays) {
    }

    record ShortBoard(@ApiDoc.About("this many cases of one category in one village grid ...") int cases,
            @ApiDoc.About("... within this many days raise a short-board problem") int days) {
    }

    /** The body of {@code POST /api/v1/case-policy} and its revision. */
    record CasePolicy(@ApiDoc.MaxItems(200) List<Category> categories, Calendar calendar, ShortBoard shortBoard) {
    }

    /** The body of {@code POST /api/v1/cases/{id}/file}. */
    record File(@ApiDoc.Optional @ApiDoc.About("for a case outside every grid: the town it is filed to") UUID townId) {
    }

    record Reason(String reason) {
    }

    /** The body of {@code POST /api/v1/cases/{id}/dispatch}. */
    record Dispatch(@ApiDoc.Optional @ApiDoc.About("the category's department when left out") UUID departmentId) {
    }

    /** The body of {@code POST /api/v1/cases/{id}/respond}. */
    record Response(String answer, @ApiDoc.Optional @ApiDoc.MaxItems(9) List<String> photos) {
    }

    /** The body of {@code POST /api/v1/cases/{id}/verify}. */
    record Verification(boolean passed, @ApiDoc.Optional String finding) {
    }
}
