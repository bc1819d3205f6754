package org.ronghe.adapter.http.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.grid.port.in.DefineGridPlanCommand;
import org.ronghe.application.grid.port.in.GridPlanView;
import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.grid.GridRoleKind;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.shared.Violations;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.CommitteeStewardship;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.Verifier;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskStatus;

/**
 * The data set format, read and written: imports a structure document through the contexts' commands —
 * so every rule holds and every write is audited — as one unit, all of it or nothing; exports the stored
 * structure through their queries. A driving adapter: the server's demo data set, its import command and
 * {@code GET /api/v1/export} go through it (docs/adr/0014).
 */
public final class StructureDocuments {

    /** What an import created. */
    public record Imported(int organizations, int areas, int committees) {
    }

    private final Ronghe ronghe;

    public StructureDocuments(Ronghe ronghe) {
        this.ronghe = ronghe;
    }

    /**
     * Imports a whole structure document, all or nothing (ADMIN).
     *
     * @throws org.ronghe.domain.shared.InvalidValueException for an unknown format or a dangling key
     * @throws org.ronghe.domain.shared.DomainException for any rule the data breaks (nothing is kept)
     */
    public Imported importStructure(Caller caller, StructureDocument document) {
        CommitteeStewardship.requireMayGovern(caller.actor());
        if (!StructureDocument.FORMAT.equals(document.format())) {
            throw new InvalidValueException("format", "must be " + StructureDocument.FORMAT);
        }
        return ronghe.atomically(() -> {
            Map<String, OrganizationId> organizations = new HashMap<>();
            Map<String, OrganizationView> retired = new java.util.LinkedHashMap<>();
            // A retired district party committee (with what hangs under it) is restored and retired first,
            // one after the other: only then is there room for the next and for the live one (one live per store).
            var formerDistricts = formerDistrictSubtrees(document.organizations());
            List<List<StructureDocument.OrganizationEntry>> phases = new java.util.ArrayList<>(formerDistricts);
            phases.add(document.organizations().stream()
                    .filter(e -> formerDistricts.stream().noneMatch(subtree -> subtree.contains(e))).toList());
            for (int phase = 0; phase < phases.size(); phase++) {
                for (var entry : phases.get(phase)) {
                    String parent = entry.parent() == null ? null
                            : resolve(organizations, "parent", entry.parent()).toString();
                    OrganizationView view = ronghe.organizations().commands().register(caller, RegisterOrganizationCommand
                            .parse(entry.kind(), entry.name(), entry.nameEn(), parent, entry.jurisdiction()));
                    keep(organizations, "organizations", entry.key(), view.id());
                    if (entry.retired()) {
                        retired.put(entry.key(), view);
                    }
                }
                if (phase < formerDistricts.size()) {
                    retireChildrenFirst(caller, retired);
                }
            }
            Map<String, org.ronghe.domain.area.AreaId> areas = new HashMap<>();
            for (var entry : document.areas()) {
                Set<OrganizationId> towns = new LinkedHashSet<>();
                (entry.towns() == null ? List.<String>of() : entry.towns())
                        .forEach(town -> towns.add(resolve(organizations, "towns", town)));
                AreaView view = ronghe.areas().commands().define(caller, new DefineAreaCommand(
                        Enums.parse(AreaLayout.class, "layout", entry.layout()), BilingualName.of(entry.name(),
                                entry.nameEn()), towns));
                keep(areas, "areas", entry.key(), view.id());
            }
            Map<String, org.ronghe.domain.committee.CommitteeId> committees = new HashMap<>();
            for (var entry : document.committees()) {
                keep(committees, "committees", entry.key(), importCommittee(caller, entry, organizations, areas));
            }
            for (var entry : document.domains()) {
                ronghe.projects().commands().addDomain(caller, new DomainDefinition(new DomainCode(entry.code()),
                        BilingualName.of(entry.name(), entry.nameEn())));
            }
            Map<String, ProjectId> projects = new HashMap<>();
            for (var entry : document.projects()) {
                keep(projects, "projects", entry.key(), importProject(caller, entry, organizations, areas, committees));
            }
            Map<String, String> links = new HashMap<>();
            areas.forEach((key, id) -> links.put("area:" + key, "area:" + id));
            committees.forEach((key, id) -> links.put("committee:" + key, "committee:" + id));
            projects.forEach((key, id) -> links.put("project:" + key, "project:" + id));
            for (var entry : document.meetings()) {
                importMeeting(caller, entry, organizations, committees, links);
            }
            for (var entry : document.activities()) {
                importActivity(caller, entry, organizations, committees, links);
            }
            for (var entry : document.gridPlans()) {
                importGridPlan(caller, entry, organizations);
            }
            var caseHistories = new CaseHistories(ronghe, caller, organizations);
            if (document.casePolicy() != null) {
                caseHistories.adopt(document.casePolicy());
            }
            // the cases are replayed as of the document's reference day, half past nine in the morning
            caseHistories.replay(document.cases(), document.referenceDate() == null ? null
                    : document.referenceDate().atTime(9, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            Set<String> systemKeys = new java.util.HashSet<>();
            for (var entry : document.targetSystems()) {
                if (entry.key() == null || !systemKeys.add(entry.key())) {
                    throw new InvalidValueException("targetSystems", "every entry needs a key of its own; '" + entry.key()
                            + "' is missing or repeated");
                }
                importTargetSystem(caller, entry, organizations, areas, committees, projects);
            }
            // last: committees, projects and meetings may name organizations retired since
            retireChildrenFirst(caller, retired);
            return new Imported(organizations.size(), areas.size(), document.committees().size());
        });
    }

    /**
     * The entries of each retired district party committee and of everything under it, parents first: one
     * list per former committee.
     */
    private static List<List<StructureDocument.OrganizationEntry>> formerDistrictSubtrees(
            List<StructureDocument.OrganizationEntry> entries) {
        Map<String, StructureDocument.OrganizationEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        Map<String, List<StructureDocument.OrganizationEntry>> byRoot = new java.util.LinkedHashMap<>();
        for (var e : entries) {
            var root = e;
            for (int depth = 0; root.parent() != null && byKey.containsKey(root.parent()) && depth < 64; depth++) {
                root = byKey.get(root.parent());
            }
            if (root.retired() && "DISTRICT_PARTY_COMMITTEE".equals(root.kind())) {
                byRoot.computeIfAbsent(root.key(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        return List.copyOf(byRoot.values());
    }

    /** Retires the organizations (registered in parents-first order) from the last registered to the first. */
    private void retireChildrenFirst(Caller caller, Map<String, OrganizationView> retired) {
        var views = new java.util.ArrayList<>(retired.values());
        java.util.Collections.reverse(views);
        for (var view : views) {
            var current = ronghe.organizations().queries().organization(view.id());
            ronghe.organizations().commands().change(caller, new OrganizationChange.Retire(view.id(), current.version()));
        }
        retired.clear();
    }

    private org.ronghe.domain.committee.CommitteeId importCommittee(Caller caller, StructureDocument.CommitteeEntry entry,
            Map<String, OrganizationId> organizations, Map<String, org.ronghe.domain.area.AreaId> areas) {
        CommitteeView view = ronghe.committees().commands().plan(caller, new PlanCommitteeCommand(
                Enums.parse(CommitteeTier.class, "tier", entry.tier()), BilingualName.of(entry.name(), entry.nameEn()),
                entry.field() == null ? null : Enums.parse(ProfessionalField.class, "field", entry.field()),
                entry.area() == null ? null : resolve(areas, "area", entry.area()), entry.plannedOn()));
        if (entry.chair() != null) {
            view = ronghe.committees().commands().change(caller, new CommitteeChange.AppointChair(view.id(), view.version(),
                    new Chair(entry.chair().name(), entry.chair().position()),
                    entry.chair().on() != null ? entry.chair().on() : entry.plannedOn()));
        }
        for (var rules : entry.rules()) {
            view = ronghe.committees().commands().change(caller, new CommitteeChange.AdoptRules(view.id(), view.version(),
                    Enums.parse(RulesKind.class, "kind", rules.kind()), rules.title(), rules.adoptedOn(),
                    rules.textOrLink()));
        }
        // Each seat is taken and, if it ended, left before the next is taken: a member that left and came back,
        // or whose role changed (one seat ended, the next begun that day), is restored as it went. Seats are
        // recorded in the order they were taken, so an organization's seats follow one another.
        for (var member : entry.members()) {
            var organization = resolve(organizations, "organization", member.organization());
            view = ronghe.committees().commands().change(caller, new CommitteeChange.AdmitMember(view.id(), view.version(), organization,
                    Enums.parse(MembershipRole.class, "role", member.role()), member.since()));
            // the seats the dissolution ended are ended by the dissolution again
            if (member.until() != null && (entry.dissolvedOn() == null || member.until().isBefore(entry.dissolvedOn()))) {
                view = ronghe.committees().commands().change(caller, new CommitteeChange.EndMembership(view.id(), view.version(),
                        organization, member.until()));
            }
        }
        // established once its history is in: the LEAD it has then is the one it kept (an established
        // committee's LEAD never leaves)
        if (entry.establishedOn() != null) {
            view = ronghe.committees().commands().change(caller, new CommitteeChange.Establish(view.id(), view.version(),
                    entry.establishedOn()));
        }
        if (entry.dissolvedOn() != null) {
            ronghe.committees().commands().change(caller, new CommitteeChange.Dissolve(view.id(), view.version(),
                    entry.dissolvedOn()));
        }
        return view.id();
    }

    /** Proposes and signs as the principal; starts, reports and completes as the flag-bearer's operators. */
    private ProjectId importProject(Caller caller, StructureDocument.ProjectEntry entry,
            Map<String, OrganizationId> organizations, Map<String, org.ronghe.domain.area.AreaId> areas,
            Map<String, org.ronghe.domain.committee.CommitteeId> committees) {
        OrganizationId flagBearer = resolve(organizations, "flagBearer", entry.flagBearer());
        List<CoOrganization> co = entry.coOrganizations().stream()
                .map(c -> new CoOrganization(resolve(organizations, "coOrganizations", c.organization()), c.part()))
                .toList();
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < entry.commitments().size(); i++) {
            var promise = entry.commitments().get(i);
            commitments.add(new Commitment(i + 1, promise.deliverable(), promise.dueOn()));
        }
        var mechanism = entry.mechanism() == null ? null : new Mechanism(entry.mechanism().commander(),
                entry.mechanism().coordinator(), entry.mechanism().implementers());
        ProjectView view = ronghe.projects().commands().propose(caller, new ProposeProjectCommand(new DomainCode(entry.domain()),
                BilingualName.of(entry.title(), entry.titleEn()), flagBearer, co, mechanism,
                new LinkedHashSet<>(entry.areas().stream().map(a -> resolve(areas, "areas", a)).toList()),
                new LinkedHashSet<>(entry.committees().stream().map(c -> resolve(committees, "committees", c)).toList()),
                commitments));
        Caller bearer = operator(flagBearer, caller);
        var change = ronghe.projects().commands();
        if (entry.signedOn() != null) {
            view = change.change(caller, new ProjectChange.Sign(view.id(), view.version(), entry.signedOn(),
                    Set.of(view.principalId(), flagBearer)));
        }
        if (entry.startedOn() != null) {
            view = change.change(bearer, new ProjectChange.Start(view.id(), view.version(), entry.startedOn()));
        }
        for (var report : entry.progress()) {
            view = change.change(bearer, new ProjectChange.ReportProgress(view.id(), view.version(), report.reportedOn(),
                    report.commitment(), Enums.parse(CommitmentStatus.class, "status", report.status()), report.note(),
                    report.evidenceLink()));
        }
        for (var comment : entry.comments()) {
            var author = resolve(organizations, "author", comment.author());
            view = change.change(operator(author, caller),
                    new ProjectChange.AddComment(view.id(), view.version(), comment.on(), comment.text()));
        }
        if (entry.completedOn() != null) {
            view = change.change(bearer, new ProjectChange.Complete(view.id(), view.version(), entry.completedOn()));
        }
        if (entry.suspended() != null) {
            view = change.change(caller, new ProjectChange.Suspend(view.id(), view.version(), entry.suspended().on(),
                    entry.suspended().reason()));
        }
        if (entry.cancelled() != null) {
            change.change(caller, new ProjectChange.Cancel(view.id(), view.version(), entry.cancelled().on(),
                    entry.cancelled().reason()));
        }
        return view.id();
    }

    /**
     * Schedules, raises, holds, resolves and approves as the principal; tasks are worked on as their
     * assignees' operators and verified or reopened as the operator of the host committee's LEAD (rule 7).
     */
    private void importMeeting(Caller caller, StructureDocument.MeetingEntry entry,
            Map<String, OrganizationId> organizations, Map<String, org.ronghe.domain.committee.CommitteeId> committees,
            Map<String, String> links) {
        var host = resolve(committees, "host", entry.host());
        Set<OrganizationId> invited = new LinkedHashSet<>();
        entry.invited().forEach(key -> invited.add(resolve(organizations, "invited", key)));
        MeetingView view = ronghe.meetings().commands().schedule(caller, new ScheduleMeetingCommand(
                Enums.parse(MeetingMechanism.class, "mechanism", entry.mechanism()), entry.title(), host,
                new Slot(entry.start(), entry.end(), entry.venue()), invited));
        var id = view.meeting().id();
        var change = ronghe.meetings().commands();
        for (var item : entry.agenda()) {
            String link = item.link() == null ? null : resolve(links, "link", item.link());
            view = change.change(caller, new MeetingChange.RaiseItem(id, view.meeting().version(),
                    resolve(organizations, "raisedBy", item.raisedBy()), item.problem(), link));
        }
        if (entry.cancelled() != null) {
            change.change(caller, new MeetingChange.Cancel(id, view.meeting().version(), entry.cancelled()));
            return;
        }
        if (entry.held() != null) {
            Set<OrganizationId> attended = new LinkedHashSet<>();
            (entry.held().attended() == null ? List.<String>of() : entry.held().attended())
                    .forEach(key -> attended.add(resolve(organizations, "attended", key)));
            view = change.change(caller, new MeetingChange.Hold(id, view.meeting().version(), attended,
                    entry.held().minutes()));
        }
        for (var resolution : entry.resolutions()) {
            view = change.change(caller, new MeetingChange.Resolve(id, view.meeting().version(), resolution.agendaItem(),
                    resolution.text()));
        }
        if (entry.minutesApproved()) {
            change.change(caller, new MeetingChange.ApproveMinutes(id, view.meeting().version()));
        }
        if (entry.tasks().isEmpty()) {
            return;
        }
        for (var task : entry.tasks()) {
            OrganizationId assignee = resolve(organizations, "assignee", task.assignee());
            Set<OrganizationId> co = new LinkedHashSet<>();
            task.coAssignees().forEach(key -> co.add(resolve(organizations, "coAssignees", key)));
            TaskView created = ronghe.tasks().commands().create(caller, new CreateTaskCommand(id, task.resolution(), task.title(),
                    assignee, co, task.dueOn(), task.createdOn()));
            var taskId = created.task().id();
            long version = created.task().version();
            Caller worker = operator(assignee, caller);
            var work = ronghe.tasks().commands();
            for (var note : task.progress()) {
                version = work.change(worker, new TaskChange.NoteProgress(taskId, version, note.on(), note.text())).task()
                        .version();
            }
            // A reopened task forgot its done day (an export writes none): it was done by the day it was reopened.
            LocalDate doneOn = task.doneOn() != null || task.reopened() == null ? task.doneOn() : task.reopened().on();
            if (doneOn != null) {
                version = work.change(worker, new TaskChange.MarkDone(taskId, version, doneOn)).task().version();
            }
            if (task.verifiedOn() != null || task.reopened() != null) {
                Caller verifier = verifierOf(taskId, caller, entry.host());
                if (task.verifiedOn() != null) {
                    version = work.change(verifier, new TaskChange.Verify(taskId, version, task.verifiedOn())).task()
                            .version();
                }
                if (task.reopened() != null) {
                    work.change(verifier, new TaskChange.Reopen(taskId, version, task.reopened().on(),
                            task.reopened().reason()));
                }
            }
        }
    }

    private void importActivity(Caller caller, StructureDocument.ActivityEntry entry,
            Map<String, OrganizationId> organizations, Map<String, org.ronghe.domain.committee.CommitteeId> committees,
            Map<String, String> links) {
        Set<OrganizationId> took = new LinkedHashSet<>();
        entry.organizations().forEach(key -> took.add(resolve(organizations, "organizations", key)));
        var view = ronghe.activities().commands().record(caller, new RecordActivityCommand(
                Enums.parse(CoWorkForm.class, "form", entry.form()), entry.title(),
                entry.committee() == null ? null : resolve(committees, "committee", entry.committee()), took,
                entry.heldOn(), entry.link() == null ? null : resolve(links, "link", entry.link())));
        if (entry.withdrawn() != null) {
            ronghe.activities().commands().change(caller, new ActivityChange.Withdraw(view.activity().id(),
                    view.activity().version(), entry.withdrawn()));
        }
    }

    private void importGridPlan(Caller caller, StructureDocument.GridPlanEntry entry,
            Map<String, OrganizationId> organizations) {
        var violations = new Violations();
        var town = resolve(organizations, "gridPlans.town", entry.town());
        var territory = violations.check(() -> Territory.fromWkt("gridPlans.territory",
                entry.territory()));
        List<GridDraft> drafts = new java.util.ArrayList<>();
        for (var grid : entry.grids()) {
            String at = "gridPlans[" + entry.townCode() + "].grids[" + grid.code() + "]";
            var draft = violations.check(() -> new GridDraft(
                    GridCode.parse(at + ".code", grid.code()), grid.name(),
                    grid.parentCode() == null ? null : GridCode.parse(at + ".parentCode",
                            grid.parentCode()),
                    Territory.fromWkt(at + ".territory", grid.territory()),
                    grid.responsible() == null ? null : resolve(organizations, at + ".responsible", grid.responsible()),
                    grid.roles().stream().map(role -> new GridRole(Enums.parse(
                            GridRoleKind.class, at + ".roles.kind", role.kind()), role.name(),
                            role.position())).toList()));
            if (draft != null) {
                drafts.add(draft);
            }
        }
        violations.throwIfAny();
        ronghe.grids().commands().define(caller, new DefineGridPlanCommand(town,
                entry.townCode(), territory, drafts, entry.on()));
    }

    private static StructureDocument.GridPlanEntry exported(GridPlanView plan,
            List<GridView> grids) {
        return new StructureDocument.GridPlanEntry(plan.town().toString(), plan.townCode(), plan.lastChange(),
                plan.territory().wkt(), grids.stream().map(v -> new StructureDocument.GridEntry(v.grid().code().value(),
                        v.grid().name(), v.grid().parent() == null ? null : v.parentCode(),
                        v.responsible() == null ? null : v.responsible().toString(), v.territory().wkt(),
                        v.grid().roles().stream().map(r -> new StructureDocument.GridRoleEntry(r.kind().name(), r.name(),
                                r.position())).toList())).toList(), false);
    }

    private void importTargetSystem(Caller caller, StructureDocument.TargetSystemEntry entry,
            Map<String, OrganizationId> organizations, Map<String, org.ronghe.domain.area.AreaId> areas,
            Map<String, org.ronghe.domain.committee.CommitteeId> committees, Map<String, ProjectId> projects) {
        var system = ronghe.targetSystems().commands().define(caller, new DefineTargetSystemCommand(entry.title(),
                new PlanPeriod(entry.firstYear(), entry.lastYear())));
        long version = system.version();
        for (var i : entry.indicators()) {
            var interim = TargetSystemChange.AddIndicator.interimTargetsByYear(i.interimTargets());
            var responsible = resolve(organizations, "responsible", i.responsible());
            var added = ronghe.targetSystems().commands().change(caller, new TargetSystemChange.AddIndicator(system.id(), version, i.code(),
                    BilingualName.of(i.title(), i.titleEn()), Enums.parse(IndicatorCategory.class, "category",
                            i.category()), i.unit(), Enums.parse(Direction.class, "direction", i.direction()),
                    i.baseline(), i.target(), interim, responsible,
                    resolveAll(projects, "projects", i.projects()), resolveAll(committees, "committees", i.committees()),
                    resolveAll(areas, "areas", i.areas()),
                    i.live() == null ? null : Enums.parse(LiveFigure.class, "live", i.live())));
            version = added.systemVersion();
            for (var r : i.readings()) {
                version = ronghe.targetSystems().commands().change(operator(responsible, caller), new TargetSystemChange.ReportReading(
                        system.id(), version, i.code(), r.value(), r.asOf(), r.note(), r.evidence(), r.corrects()))
                        .systemVersion();
            }
        }
    }

    private static <T> Set<T> resolveAll(Map<String, T> known, String field, List<String> keys) {
        Set<T> resolved = new LinkedHashSet<>();
        keys.forEach(key -> resolved.add(resolve(known, field, key)));
        return resolved;
    }

    /** Rule 7 as the meetings apply it: the host's LEAD, one level up when that LEAD did the work. */
    private Caller verifierOf(org.ronghe.domain.task.TaskId task, Caller principal, String host) {
        var verifier = ronghe.tasks().queries().verifier(task);
        if (verifier instanceof Verifier.LeadOf lead) {
            return operator(lead.organization(), principal);
        }
        if (verifier instanceof Verifier.DistrictAdmin) {
            return principal;
        }
        throw new InvalidValueException("tasks", "the host committee '" + host + "' has no LEAD to verify its tasks");
    }

    private static Caller operator(OrganizationId organization, Caller principal) {
        return new Caller(new Actor(organization, Role.OPERATOR), null, principal.requestId());
    }

    private static <T> T resolve(Map<String, T> known, String field, String key) {
        T value = known.get(key);
        if (value == null) {
            throw new InvalidValueException(field, "refers to '" + key + "', which the document does not define before");
        }
        return value;
    }

    private static <T> void keep(Map<String, T> known, String section, String key, T value) {
        if (key == null || known.putIfAbsent(key, value) != null) {
            throw new InvalidValueException(section, "every entry needs a key of its own; '" + key + "' is missing or repeated");
        }
    }

    public StructureDocument export(Caller caller) {
        CommitteeStewardship.requireMayGovern(caller.actor());
        return ronghe.atomically(() -> {
            List<OrganizationView> all = Page.every(page -> ronghe.organizations().queries().organizations(
                    OrganizationCriteria.all(), page));
            List<StructureDocument.OrganizationEntry> organizations = parentsFirst(all).stream()
                    .map(o -> new StructureDocument.OrganizationEntry(o.id().toString(), o.kind().name(), o.name(),
                            o.nameEn(), o.parentId() == null ? null : o.parentId().toString(), o.jurisdiction(), false,
                            o.status() == OrganizationStatus.RETIRED))
                    .toList();
            var areas = ronghe.areas().queries().areas().stream().map(a -> new StructureDocument.AreaEntry(a.id().toString(),
                    a.layout().name(), a.name(), a.nameEn(), a.towns().stream().map(Object::toString).toList(), false))
                    .toList();
            var committees = Page.every(page -> ronghe.committees().queries().committees(CommitteeCriteria.all(), null, page))
                    .stream().map(c -> new StructureDocument.CommitteeEntry(c.id().toString(),
                            c.tier().name(), c.name(), c.nameEn(), c.field() == null ? null : c.field().name(),
                            c.areaId() == null ? null : c.areaId().toString(), c.plannedOn(), c.establishedOn(),
                            c.dissolvedOn(), c.chair() == null ? null
                                    : new StructureDocument.ChairEntry(c.chair().name(), c.chair().position(), null),
                            c.history().stream().map(StructureDocuments::member).toList(),
                            c.rules().stream().map(r -> new StructureDocument.RulesEntry(r.kind().name(), r.title(),
                                    r.adoptedOn(), r.textOrLink())).toList(), false)).toList();
            var domains = ronghe.projects().queries().domains().stream().map(d -> new StructureDocument.DomainEntry(
                    d.code().value(), d.name().zh(), d.name().en())).toList();
            var projects = Page.every(page -> ronghe.projects().queries().projects(ProjectCriteria.all(), null, page))
                    .stream().map(StructureDocuments::exported).toList();
            var meetings = Page.every(page -> ronghe.meetings().queries().meetings(MeetingCriteria.all(), page)).stream()
                    .map(m -> exported(m, tasksOf(m.meeting().id()))).toList();
            var everyActivity = new ActivityCriteria(null, null, null, null, null, true);
            var activities = Page.every(page -> ronghe.activities().queries().activities(everyActivity, page)).stream()
                    .map(v -> v.activity()).map(a -> new StructureDocument.ActivityEntry(a.form().name(), a.title(),
                            a.committee() == null ? null : a.committee().toString(),
                            a.organizations().stream().map(Object::toString).sorted().toList(), a.heldOn(), a.link(),
                            a.withdrawn() ? a.withdrawReason() : null, false)).toList();
            var targetSystems = Page.every(page -> ronghe.targetSystems().queries().systems(page)).stream()
                    .map(summary -> exported(ronghe.targetSystems().queries().system(summary.id(), null))).toList();
            var gridPlans = ronghe.grids().queries().plans().stream().map(plan -> exported(plan,
                    ronghe.grids().queries().territories(null, plan.town(), plan.lastChange()))).toList();
            return new StructureDocument(StructureDocument.FORMAT, null, "export", organizations, areas, committees,
                    domains, projects, meetings, activities, targetSystems, gridPlans);
        });
    }

    private static StructureDocument.TargetSystemEntry exported(TargetSystemView system) {
        return new StructureDocument.TargetSystemEntry(system.id().toString(), system.title(),
                system.period().firstYear(), system.period().lastYear(), system.indicators().stream().map(i -> {
                    Map<String, java.math.BigDecimal> interim = new java.util.TreeMap<>();
                    i.interimTargets().forEach((year, value) -> interim.put(String.valueOf(year), value));
                    return new StructureDocument.IndicatorEntry(i.code(), i.title().zh(), i.title().en(),
                            i.category().name(), i.unit(), i.direction().name(), i.baseline(), i.target(), interim,
                            i.responsible().toString(), ids(i.projects()), ids(i.committees()), ids(i.areas()),
                            i.live() == null ? null : i.live().figure().name(),
                            i.readings().stream().map(r -> new StructureDocument.ReadingEntry(r.value(), r.asOf(),
                                    r.note(), r.evidence(), r.corrects())).toList(), false);
                }).toList(), false);
    }

    private static List<String> ids(Set<?> ids) {
        return ids.stream().map(Object::toString).sorted().toList();
    }

    /** A project as the import would rebuild it: the reasons and dates the export cannot know stay empty. */
    private static StructureDocument.ProjectEntry exported(ProjectView p) {
        var status = p.status();
        return new StructureDocument.ProjectEntry(p.id().toString(), p.domain().value(), p.title(), p.titleEn(),
                p.flagBearerId().toString(),
                p.coOrganizations().stream().map(c -> new StructureDocument.CoEntry(c.organization().toString(), c.part()))
                        .toList(),
                new StructureDocument.MechanismEntry(p.mechanism().commander(), p.mechanism().coordinator(),
                        p.mechanism().implementers()),
                p.areas().stream().map(Object::toString).toList(), p.committees().stream().map(Object::toString).toList(),
                p.commitments().stream().map(c -> new StructureDocument.PromiseEntry(c.deliverable(), c.dueOn())).toList(),
                p.signedOn(), p.signedOn() != null && status != ProjectStatus.SIGNED ? p.signedOn() : null,
                p.progress().stream().map(u -> new StructureDocument.ProgressEntry(u.commitment(), u.status().name(),
                        u.note(), u.evidenceLink(), u.reportedOn())).toList(),
                p.comments().stream().map(c -> new StructureDocument.CommentEntry(c.author().toString(), c.text(),
                        c.on())).toList(),
                status == ProjectStatus.COMPLETED ? p.progress().stream().map(u -> u.reportedOn())
                        .max(java.util.Comparator.naturalOrder()).orElse(p.signedOn()) : null,
                status == ProjectStatus.SUSPENDED ? new StructureDocument.ReasonEntry(p.statusReason(), p.asOf()) : null,
                status == ProjectStatus.CANCELLED ? new StructureDocument.ReasonEntry(p.statusReason(), p.asOf()) : null,
                false);
    }

    private List<TaskView> tasksOf(MeetingId meeting) {
        return Page.every(page -> ronghe.tasks().queries().tasks(TaskCriteria.ofMeeting(meeting), null, page));
    }

    /**
     * A meeting as the import would rebuild it. Rescheduled slots and carried items keep only their
     * latest state; a reopened task's earlier done day is not kept by the aggregate, so it is left out.
     */
    private static StructureDocument.MeetingEntry exported(MeetingView view, List<TaskView> tasks) {
        var m = view.meeting();
        boolean held = m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_APPROVED;
        return new StructureDocument.MeetingEntry(m.id().toString(), m.mechanism().name(), m.title(), m.host().toString(),
                m.slot().start(), m.slot().end(), m.slot().venue(), m.invited().stream().map(Object::toString).toList(),
                m.agenda().stream().map(i -> new StructureDocument.ItemEntry(i.raisedBy().toString(), i.problem(),
                        i.link())).toList(),
                held ? new StructureDocument.HeldEntry(m.attended().stream().map(Object::toString).toList(), m.minutes())
                        : null,
                m.resolutions().stream().map(r -> new StructureDocument.ResolutionEntry(r.agendaItem(), r.text())).toList(),
                m.status() == MeetingStatus.MINUTES_APPROVED,
                m.status() == MeetingStatus.CANCELLED ? m.cancelReason() : null,
                tasks.stream().map(t -> t.task()).map(t -> new StructureDocument.TaskEntry(t.resolution(), t.title(),
                        t.assignee().toString(), t.coAssignees().stream().map(Object::toString).toList(), t.createdOn(),
                        t.dueOn(), t.notes().stream().map(n -> new StructureDocument.NoteEntry(n.text(), n.on())).toList(),
                        t.doneOn(), t.verifiedOn(), t.status() == TaskStatus.REOPENED
                                ? new StructureDocument.ReasonEntry(t.reopenReason(), reopenedBy(t)) : null)).toList(),
                false);
    }

    /** The aggregate keeps no reopen day: the latest day it knows of stands in for it. */
    private static LocalDate reopenedBy(org.ronghe.domain.task.FollowUpTask.State t) {
        return t.notes().stream().map(n -> n.on()).max(java.util.Comparator.naturalOrder()).orElse(t.createdOn());
    }

    private static StructureDocument.MemberEntry member(Membership m) {
        return new StructureDocument.MemberEntry(m.organization().toString(), m.role().name(), m.since(), m.until());
    }

    /** Orders organizations so that every parent comes before its children. */
    private static List<OrganizationView> parentsFirst(List<OrganizationView> all) {
        Map<OrganizationId, OrganizationView> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.id(), o));
        Map<OrganizationId, Integer> depth = new HashMap<>();
        for (var o : all) {
            int d = 0;
            for (var cursor = o.parentId(); cursor != null && d < 64; cursor = byId.get(cursor) == null ? null
                    : byId.get(cursor).parentId()) {
                d++;
            }
            depth.put(o.id(), d);
        }
        return all.stream().sorted((a, b) -> Integer.compare(depth.get(a.id()), depth.get(b.id()))).toList();
    }
}
