package org.ronghe.adapter.http.dataset;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;

/**
 * The whole structure as one document ({@value #FORMAT}): organizations (parents before children),
 * areas, and committees with their chairs, memberships (with since/until) and rules. Entries refer
 * to each other by {@code key}, a name local to the document; an export uses ids as keys.
 * {@code illustrative} marks what a data set wrote plausibly rather than took from its source.
 */
public record StructureDocument(@ApiDoc.OneOf(StructureDocument.FORMAT) String format,
        @ApiDoc.Nullable LocalDate referenceDate, @ApiDoc.Nullable String description,
        List<OrganizationEntry> organizations, List<AreaEntry> areas,
        List<CommitteeEntry> committees, List<DomainEntry> domains, List<ProjectEntry> projects,
        List<MeetingEntry> meetings, List<ActivityEntry> activities, List<TargetSystemEntry> targetSystems,
        List<GridPlanEntry> gridPlans, @ApiDoc.Nullable CasePolicyEntry casePolicy, List<CaseEntry> cases) {

    public static final String FORMAT = "ronghe-structure/1";

    /** The structure without city cases (documents written before them). */
    public StructureDocument(String format, LocalDate referenceDate, String description,
            List<OrganizationEntry> organizations, List<AreaEntry> areas, List<CommitteeEntry> committees,
            List<DomainEntry> domains, List<ProjectEntry> projects, List<MeetingEntry> meetings,
            List<ActivityEntry> activities, List<TargetSystemEntry> targetSystems, List<GridPlanEntry> gridPlans) {
        this(format, referenceDate, description, organizations, areas, committees, domains, projects, meetings,
                activities, targetSystems, gridPlans, null, null);
    }

    public StructureDocument {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        areas = areas == null ? List.of() : List.copyOf(areas);
        committees = committees == null ? List.of() : List.copyOf(committees);
        domains = domains == null ? List.of() : List.copyOf(domains);
        projects = projects == null ? List.of() : List.copyOf(projects);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        activities = activities == null ? List.of() : List.copyOf(activities);
        targetSystems = targetSystems == null ? List.of() : List.copyOf(targetSystems);
        gridPlans = gridPlans == null ? List.of() : List.copyOf(gridPlans);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    /**
     * The district's case policy: categories naming their department by key, the working-day calendar (public
     * holidays and make-up working days), the short-board rule.
     */
    public record CasePolicyEntry(List<CaseCategoryEntry> categories, List<LocalDate> holidays,
            List<LocalDate> makeUpWorkingDays, int shortBoardCases, int shortBoardDays, boolean illustrative) {

        public CasePolicyEntry {
            categories = categories == null ? List.of() : List.copyOf(categories);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
        }
    }

    public record LimitEntry(int amount, @ApiDoc.OneOf({"HOURS", "WORKING_DAYS"}) String unit) {
    }

    public record CaseCategoryEntry(String code, String name, String nameEn, String department,
            @ApiDoc.OneOf({"URGENT", "HIGH", "NORMAL"}) String urgency, LimitEntry toSignFor, LimitEntry toRespond,
            int repeatWindowHours, int repeatMetres) {
    }

    /**
     * A case as its history went: the signal taken in at {@code receivedAt}, then each step at its instant by the
     * organization that took it (null: the district's admin). The import replays every case's history in the
     * order of time, the escalation scan running between, so the rules judge each step as they did then.
     */
    public record CaseEntry(@ApiDoc.OneOf({"SIGN_PLATFORM", "HOTLINE_12345", "PATROL"}) String source,
            String eventId, String category, double longitude, double latitude, @ApiDoc.Nullable String address,
            String description, List<String> photos, java.time.Instant receivedAt, List<CaseStepEntry> steps,
            boolean illustrative) {

        public CaseEntry {
            photos = photos == null ? List.of() : List.copyOf(photos);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /**
     * @param town       for FILE of a case outside every grid: the town it is filed to
     * @param department for DISPATCH: the department sent to (the category's when null)
     * @param note       the reason, answer or finding
     */
    public record CaseStepEntry(java.time.Instant at, @ApiDoc.OneOf({"FILE", "INVALIDATE", "DISPATCH", "SIGN_FOR",
            "RETURN", "START_HANDLING", "RESPOND", "VERIFY", "CLOSE", "SUSPEND", "RESUME"}) String action,
            @ApiDoc.Nullable String by, @ApiDoc.Nullable String town, @ApiDoc.Nullable String department,
            @ApiDoc.Nullable String note, @ApiDoc.Nullable Boolean passed, List<String> photos) {

        public CaseStepEntry {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    /**
     * A town's grid plan (ADR 0017): the town's territory and its grids as they stand from {@code on}, each
     * territory as well-known text in WGS 84 longitude/latitude (exact to the 7 decimals a territory keeps); a
     * grid names its parent by code and the organization answering for it by key. An export gives each plan
     * as it stands on its last change.
     */
    public record GridPlanEntry(String town, @ApiDoc.Pattern("[A-Z][A-Z0-9]{1,11}") String townCode, LocalDate on,
            String territory, List<GridEntry> grids, boolean illustrative) {

        public GridPlanEntry {
            grids = grids == null ? List.of() : List.copyOf(grids);
        }
    }

    public record GridEntry(String code, String name, @ApiDoc.Nullable String parentCode,
            @ApiDoc.Nullable String responsible, String territory, List<GridRoleEntry> roles) {

        public GridEntry {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public record GridRoleEntry(@ApiDoc.Values(org.ronghe.domain.grid.GridRoleKind.class) String kind, String name,
            @ApiDoc.Nullable String position) {
    }

    /** A target system of a plan period (whole years) with its indicators. */
    public record TargetSystemEntry(String key, String title, int firstYear, int lastYear,
            List<IndicatorEntry> indicators, boolean illustrative) {

        public TargetSystemEntry {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * An indicator: {@code responsible} is an organization key; projects, committees and areas are keys;
     * {@code live} names the figure it is bound to (then it has no readings); interim targets by year.
     * Readings are reported in order by the responsible organization, so their numbers are 1, 2, …;
     * {@code corrects} names the number of the reading a correction supersedes.
     */
    public record IndicatorEntry(String code, String title, @ApiDoc.Nullable String titleEn,
            @ApiDoc.Values(IndicatorCategory.class) String category, @ApiDoc.Nullable String unit,
            @ApiDoc.Values(Direction.class) String direction, @ApiDoc.Nullable java.math.BigDecimal baseline,
            java.math.BigDecimal target, java.util.Map<String, java.math.BigDecimal> interimTargets,
            String responsible, List<String> projects, List<String> committees, List<String> areas,
            @ApiDoc.Nullable @ApiDoc.Values(LiveFigure.class) String live, List<ReadingEntry> readings,
            boolean illustrative) {

        public IndicatorEntry {
            interimTargets = interimTargets == null ? java.util.Map.of() : java.util.Map.copyOf(interimTargets);
            projects = projects == null ? List.of() : List.copyOf(projects);
            committees = committees == null ? List.of() : List.copyOf(committees);
            areas = areas == null ? List.of() : List.copyOf(areas);
            readings = readings == null ? List.of() : List.copyOf(readings);
        }
    }

    public record ReadingEntry(java.math.BigDecimal value, LocalDate asOf, @ApiDoc.Nullable String note,
            @ApiDoc.Nullable String evidence, @ApiDoc.Nullable Integer corrects) {
    }

    /**
     * A co-work activity in one of the five forms: organizations that took part (keys), the committee it
     * was organized under and the project or area it was about ({@code project:<key>}, {@code area:<key>}),
     * both optional; {@code withdrawn} gives the reason a record made in error was withdrawn.
     */
    public record ActivityEntry(@ApiDoc.Values(CoWorkForm.class) String form, String title,
            @ApiDoc.Nullable String committee, List<String> organizations, LocalDate heldOn,
            @ApiDoc.Nullable String link,
            @ApiDoc.Nullable String withdrawn, boolean illustrative) {

        public ActivityEntry {
            organizations = organizations == null ? List.of() : List.copyOf(organizations);
        }
    }

    /**
     * A meeting of a committee ({@code host} is a committee key) and how far it came: items raised,
     * held (attendance and minutes), resolutions, minutes approved, or cancelled; with the follow-up
     * tasks born from its resolutions. Start and end are instants.
     */
    public record MeetingEntry(String key, String mechanism, String title, String host, java.time.Instant start,
            java.time.Instant end, String venue, List<String> invited, List<ItemEntry> agenda,
            @ApiDoc.Nullable HeldEntry held, List<ResolutionEntry> resolutions, boolean minutesApproved,
            @ApiDoc.Nullable String cancelled, List<TaskEntry> tasks, boolean illustrative) {

        public MeetingEntry {
            invited = invited == null ? List.of() : List.copyOf(invited);
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }
    }

    /** An agenda item; {@code link} is {@code project:<key>}, {@code area:<key>} or {@code committee:<key>}. */
    public record ItemEntry(String raisedBy, String problem, @ApiDoc.Nullable String link) {
    }

    public record HeldEntry(List<String> attended, String minutes) {
    }

    public record ResolutionEntry(int agendaItem, String text) {
    }

    /**
     * A follow-up task of a resolution (its number in the meeting): progress by the assignee, done,
     * then verified or reopened by the host committee's LEAD.
     */
    public record TaskEntry(int resolution, String title, String assignee, List<String> coAssignees,
            @ApiDoc.Nullable LocalDate createdOn, LocalDate dueOn, List<NoteEntry> progress,
            @ApiDoc.Nullable LocalDate doneOn, @ApiDoc.Nullable LocalDate verifiedOn,
            @ApiDoc.Nullable ReasonEntry reopened) {

        public TaskEntry {
            coAssignees = coAssignees == null ? List.of() : List.copyOf(coAssignees);
            progress = progress == null ? List.of() : List.copyOf(progress);
        }
    }

    public record NoteEntry(String text, LocalDate on) {
    }

    /** An entry of the domain catalogue. */
    public record DomainEntry(String code, String name, @ApiDoc.Nullable String nameEn) {
    }

    /**
     * A domain project and how far it came: signed, started, progress reported (by the flag-bearer),
     * comments, completed, suspended or cancelled. Areas and committees are keys of this document.
     */
    public record ProjectEntry(String key, String domain, String title, @ApiDoc.Nullable String titleEn,
            String flagBearer, List<CoEntry> coOrganizations, MechanismEntry mechanism, List<String> areas,
            List<String> committees, List<PromiseEntry> commitments, @ApiDoc.Nullable LocalDate signedOn,
            @ApiDoc.Nullable LocalDate startedOn, List<ProgressEntry> progress, List<CommentEntry> comments,
            @ApiDoc.Nullable LocalDate completedOn, @ApiDoc.Nullable ReasonEntry suspended,
            @ApiDoc.Nullable ReasonEntry cancelled, boolean illustrative) {

        public ProjectEntry {
            coOrganizations = coOrganizations == null ? List.of() : List.copyOf(coOrganizations);
            areas = areas == null ? List.of() : List.copyOf(areas);
            committees = committees == null ? List.of() : List.copyOf(committees);
            commitments = commitments == null ? List.of() : List.copyOf(commitments);
            progress = progress == null ? List.of() : List.copyOf(progress);
            comments = comments == null ? List.of() : List.copyOf(comments);
        }
    }

    public record CoEntry(String organization, String part) {
    }

    public record MechanismEntry(String commander, String coordinator, List<String> implementers) {
    }

    public record PromiseEntry(String deliverable, LocalDate dueOn) {
    }

    public record ProgressEntry(int commitment, @ApiDoc.Values(CommitmentStatus.class) String status,
            @ApiDoc.Nullable String note, @ApiDoc.Nullable String evidenceLink, LocalDate reportedOn) {
    }

    public record CommentEntry(String author, String text, LocalDate on) {
    }

    public record ReasonEntry(String reason, LocalDate on) {
    }

    /** @param retired whether it was retired (its children then too); absent means live */
    public record OrganizationEntry(String key, @ApiDoc.Values(OrganizationKind.class) String kind, String name,
            @ApiDoc.Nullable String nameEn, @ApiDoc.Nullable String parent, @ApiDoc.Nullable String jurisdiction,
            boolean illustrative,
            @ApiDoc.About("retired (its children then too); an import restores it and retires it again")
            boolean retired) {
    }

    public record AreaEntry(String key, @ApiDoc.Values(AreaLayout.class) String layout, String name,
            @ApiDoc.Nullable String nameEn, List<String> towns, boolean illustrative) {
    }

    public record CommitteeEntry(String key, @ApiDoc.Values(CommitteeTier.class) String tier, String name,
            @ApiDoc.Nullable String nameEn, @ApiDoc.Nullable String field, @ApiDoc.Nullable String area,
            LocalDate plannedOn,
            @ApiDoc.Nullable LocalDate establishedOn, @ApiDoc.Nullable LocalDate dissolvedOn,
            @ApiDoc.Nullable ChairEntry chair, List<MemberEntry> members, List<RulesEntry> rules,
            boolean illustrative) {

        public CommitteeEntry {
            members = members == null ? List.of() : List.copyOf(members);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    public record ChairEntry(String name, String position,
            @ApiDoc.Nullable LocalDate on) {
    }

    public record MemberEntry(String organization, @ApiDoc.Values(MembershipRole.class) String role, LocalDate since,
            @ApiDoc.Nullable LocalDate until) {
    }

    public record RulesEntry(@ApiDoc.Values(RulesKind.class) String kind, String title, LocalDate adoptedOn,
            @ApiDoc.Nullable String textOrLink) {
    }
}
