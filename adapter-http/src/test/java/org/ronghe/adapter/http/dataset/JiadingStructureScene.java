package org.ronghe.adapter.http.dataset;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.task.TaskId;

/**
 * The structure of Jiading New City as the use cases build it, on a fresh in-memory store whose clock stands
 * on 2023-04-04: a former county committee retired with what hung under it, the district with towns,
 * departments and units, areas, committees in every state, projects in every state, meetings and their
 * tasks, co-work and a target system. Ids are handed out in descending order, so listings ordered by id
 * put children before their parents.
 */
final class JiadingStructureScene implements AutoCloseable {

    static final Caller ADMIN = Caller.system("structure scene");
    static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2023, 4, 4);

    private final Storage storage = new MemoryStorage();
    final Ronghe ronghe;

    OrganizationView formerCounty;
    OrganizationView formerTown;
    OrganizationView formerVillage;
    OrganizationView district;
    OrganizationView jiadingTown;
    OrganizationView malu;
    OrganizationView juyuan;
    OrganizationView ximenVillage;
    OrganizationView transport;
    OrganizationView culture;
    OrganizationView organizationDepartment;
    OrganizationView museum;
    OrganizationView kunshan;
    AreaView ximen;
    AreaView yuanxiang;
    AreaView hub;
    CommitteeView promotion;
    CommitteeView ximenCommittee;
    CommitteeView cultureCommittee;
    CommitteeView yuanxiangCommittee;
    ProjectView road;
    ProjectView river;

    /** An empty store; {@code idPrefix} tells its ids from another store's. */
    JiadingStructureScene(int idPrefix) {
        this.ronghe = Ronghe.on(storage, Clock.fixed(NOW), descendingIds(idPrefix));
    }

    /** Ids that sort before the ones made earlier. */
    static IdSource descendingIds(int prefix) {
        var next = new AtomicLong(0xFFFF_FFFF_FFFFL);
        return () -> new UUID(((long) prefix << 32) | 0x4000L, 0x8000_0000_0000_0000L | next.getAndDecrement());
    }

    @Override
    public void close() {
        storage.close();
    }

    /** A caller holding a fresh OPERATOR token of the organization, authenticated as the server would. */
    Caller operatorOf(OrganizationView organization) {
        var issued = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), Role.OPERATOR, null));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(auth.actor(), auth.token(), "req");
    }

    private OrganizationView register(String kind, String name, String nameEn, OrganizationView parent,
            String jurisdiction) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(kind, name, nameEn,
                parent == null ? null : parent.id().toString(), jurisdiction));
    }

    private void retire(OrganizationView organization) {
        var current = ronghe.organizations().queries().organization(organization.id());
        ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(current.id(), current.version()));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    /** Builds the whole scene; returns this. */
    JiadingStructureScene build() {
        organizations();
        areas();
        committees();
        projects();
        meetings();
        activities();
        targetSystems();
        retire(juyuan); // merged away after its seats ended: the export keeps it, retired
        return this;
    }

    private void organizations() {
        formerCounty = register("DISTRICT_PARTY_COMMITTEE", "中共嘉定县委员会", "Jiading County Committee", null, "嘉定县");
        formerTown = register("TOWN_PARTY_COMMITTEE", "城厢镇党委", null, formerCounty, null);
        formerVillage = register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "城中村党支部", null, formerTown, null);
        retire(formerVillage);
        retire(formerTown);
        retire(formerCounty);
        district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", "Jiading District Committee", null,
                "上海市嘉定区");
        jiadingTown = register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", "Jiading Subdistrict", district, "嘉定镇街道");
        malu = register("TOWN_PARTY_COMMITTEE", "马陆镇党委", null, district, null);
        juyuan = register("TOWN_PARTY_COMMITTEE", "菊园新区党工委", null, district, null);
        ximenVillage = register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "西门社区党委", null, jiadingTown, null);
        transport = register("DEPARTMENT_PARTY_BODY", "区交通委党组", null, district, null);
        culture = register("DEPARTMENT_PARTY_BODY", "区文化旅游局党委", null, district, null);
        organizationDepartment = register("DEPARTMENT_PARTY_BODY", "区委组织部", null, district, null);
        museum = register("REGIONAL_UNIT", "嘉定博物馆", "Jiading Museum", null, null);
        kunshan = register("NEIGHBOURING_JURISDICTION", "昆山市", "Kunshan", null, "江苏省昆山市");
    }

    private void areas() {
        ximen = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of("西门历史文化街区", "Ximen historic-cultural block"), Set.of(jiadingTown.id())));
        yuanxiang = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of("远香文化源", null), Set.of(malu.id())));
        hub = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.HUB,
                BilingualName.of("嘉定新城枢纽", "Hub"), Set.of(malu.id(), juyuan.id())));
    }

    private CommitteeView admit(CommitteeView committee, OrganizationView member, MembershipRole role, String since) {
        return ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), committee.version(),
                member.id(), role, day(since)));
    }

    private CommitteeView end(CommitteeView committee, OrganizationView member, String until) {
        return ronghe.committees().commands().change(ADMIN, new CommitteeChange.EndMembership(committee.id(), committee.version(),
                member.id(), day(until)));
    }

    private CommitteeView chair(CommitteeView committee, String name, String position, String on) {
        return ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(committee.id(), committee.version(),
                new Chair(name, position), day(on)));
    }

    private CommitteeView rules(CommitteeView committee, RulesKind kind, String title, String on, String text) {
        return ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdoptRules(committee.id(), committee.version(), kind, title,
                day(on), text));
    }

    private CommitteeView establish(CommitteeView committee, String on) {
        return ronghe.committees().commands().change(ADMIN, new CommitteeChange.Establish(committee.id(),
                committee.version(), day(on)));
    }

    private void committees() {
        promotion = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("嘉定新城融合型党建推进委员会", "Promotion committee"), null, null, day("2021-03-01")));
        promotion = chair(promotion, "王五", "区委副书记", "2021-03-01");
        promotion = admit(promotion, district, MembershipRole.LEAD, "2021-03-01");
        promotion = admit(promotion, transport, MembershipRole.COOPERATING, "2021-03-01");
        promotion = admit(promotion, juyuan, MembershipRole.COOPERATING, "2021-03-01");
        promotion = rules(promotion, RulesKind.WORK_RULES, "推进委员会工作规则", "2021-04-01",
                "https://example.org/rules/promotion");
        promotion = establish(promotion, "2021-06-01");
        promotion = end(promotion, juyuan, "2022-12-31");

        ximenCommittee = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("西门历史文化街区片区融委会", null), null, ximen.id(), day("2022-03-01")));
        ximenCommittee = chair(ximenCommittee, "张三", "嘉定镇街道党工委书记", "2022-03-01");
        ximenCommittee = admit(ximenCommittee, jiadingTown, MembershipRole.LEAD, "2022-03-01");
        ximenCommittee = admit(ximenCommittee, culture, MembershipRole.COOPERATING, "2022-03-01");
        ximenCommittee = admit(ximenCommittee, transport, MembershipRole.COOPERATING, "2022-03-01");
        ximenCommittee = admit(ximenCommittee, ximenVillage, MembershipRole.PARTICIPATING, "2022-03-01");
        ximenCommittee = admit(ximenCommittee, museum, MembershipRole.PARTICIPATING, "2022-04-01");
        ximenCommittee = rules(ximenCommittee, RulesKind.WORK_RULES, "片区融委会工作规则", "2022-03-15", "第一条……");
        ximenCommittee = rules(ximenCommittee, RulesKind.PROCEDURE_RULES, "片区融委会议事规则", "2022-03-15", "第一条……");
        ximenCommittee = establish(ximenCommittee, "2022-06-30");
        ximenCommittee = end(ximenCommittee, ximenVillage, "2022-12-31");

        cultureCommittee = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.PROFESSIONAL,
                BilingualName.of("文化高地专业委员会", "Culture committee"), ProfessionalField.CULTURE, null,
                day("2022-05-01")));
        cultureCommittee = admit(cultureCommittee, culture, MembershipRole.LEAD, "2022-05-01");
        cultureCommittee = admit(cultureCommittee, museum, MembershipRole.PARTICIPATING, "2022-05-01");

        yuanxiangCommittee = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("远香文化源片区融委会", null), null, yuanxiang.id(), day("2022-02-01")));
        yuanxiangCommittee = chair(yuanxiangCommittee, "赵六", "马陆镇党委书记", "2022-02-01");
        yuanxiangCommittee = admit(yuanxiangCommittee, malu, MembershipRole.LEAD, "2022-02-01");
        yuanxiangCommittee = admit(yuanxiangCommittee, organizationDepartment, MembershipRole.COOPERATING,
                "2022-02-01");
        yuanxiangCommittee = admit(yuanxiangCommittee, museum, MembershipRole.PARTICIPATING, "2022-02-01");
        yuanxiangCommittee = establish(yuanxiangCommittee, "2022-03-01");
        yuanxiangCommittee = end(yuanxiangCommittee, museum, "2022-06-01");
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.Dissolve(yuanxiangCommittee.id(),
                yuanxiangCommittee.version(), day("2022-12-31")));
    }

    private ProjectView propose(String domain, String title, String titleEn, OrganizationView flagBearer,
            List<CoOrganization> co, Mechanism mechanism, Set<org.ronghe.domain.area.AreaId> areas,
            Set<org.ronghe.domain.committee.CommitteeId> committees, Commitment... commitments) {
        return ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(new DomainCode(domain),
                BilingualName.of(title, titleEn), flagBearer.id(), co, mechanism, areas, committees,
                List.of(commitments)));
    }

    private ProjectView sign(ProjectView project, String on) {
        return ronghe.projects().commands().change(ADMIN, new ProjectChange.Sign(project.id(), project.version(), day(on),
                Set.of(district.id(), project.flagBearerId())));
    }

    private ProjectView change(Caller caller, ProjectChange change) {
        return ronghe.projects().commands().change(caller, change);
    }

    private void projects() {
        ronghe.projects().commands().addDomain(ADMIN, new DomainDefinition(new DomainCode("road"), BilingualName.of("路域", "Road")));
        ronghe.projects().commands().addDomain(ADMIN, new DomainDefinition(new DomainCode("river"), BilingualName.of("河域", null)));
        var simple = new Mechanism("党组书记", "办公室主任", List.of());

        road = propose("road", "嘉定新城路域党建", "Road-area party building", transport,
                List.of(new CoOrganization(jiadingTown.id(), "沿线联动"), new CoOrganization(malu.id(), "路段共建")),
                new Mechanism("区交通委党组书记", "路域办主任", List.of("交警嘉定支队", "城管执法局")),
                Set.of(ximen.id(), yuanxiang.id()), Set.of(ximenCommittee.id()),
                new Commitment(1, "示范路段", day("2022-12-31")), new Commitment(2, "联合执法队", day("2023-12-31")));
        road = sign(road, "2022-02-15");
        var transportOperator = operatorOf(transport);
        road = change(transportOperator, new ProjectChange.Start(road.id(), road.version(), day("2022-02-15")));
        road = change(transportOperator, new ProjectChange.ReportProgress(road.id(), road.version(),
                day("2022-09-01"), 1, CommitmentStatus.DONE, "示范路段建成", "https://example.org/evidence/road-1"));
        road = change(operatorOf(jiadingTown), new ProjectChange.AddComment(road.id(), road.version(),
                day("2022-09-02"), "沿线街镇已配合"));
        road = change(transportOperator, new ProjectChange.ReportProgress(road.id(), road.version(),
                day("2022-10-01"), 2, CommitmentStatus.IN_PROGRESS, "执法队组建中", null));

        river = propose("river", "河域党建", null, culture, List.of(), simple, Set.of(), Set.of(),
                new Commitment(1, "河道保洁机制", day("2022-10-31")));
        river = sign(river, "2022-03-01");
        var cultureOperator = operatorOf(culture);
        river = change(cultureOperator, new ProjectChange.Start(river.id(), river.version(), day("2022-03-01")));
        river = change(cultureOperator, new ProjectChange.ReportProgress(river.id(), river.version(), day("2022-10-15"),
                1, CommitmentStatus.DONE, "机制建立", null));
        river = change(cultureOperator, new ProjectChange.Complete(river.id(), river.version(), day("2022-10-20")));

        var pilot = propose("road", "智慧交通试点", null, organizationDepartment, List.of(), simple, Set.of(), Set.of(),
                new Commitment(1, "试点方案", day("2023-06-30")));
        pilot = sign(pilot, "2022-04-01");
        pilot = change(operatorOf(organizationDepartment), new ProjectChange.Start(pilot.id(), pilot.version(),
                day("2022-04-10")));
        change(ADMIN, new ProjectChange.Suspend(pilot.id(), pilot.version(), day("2022-11-01"), "资金未到位"));

        var merged = propose("river", "河长制联动", null, transport, List.of(), simple, Set.of(), Set.of(),
                new Commitment(1, "联动机制", day("2023-12-31")));
        change(ADMIN, new ProjectChange.Cancel(merged.id(), merged.version(), day("2022-06-01"), "并入河域党建"));

        sign(propose("river", "滨水空间共建", null, culture, List.of(), simple, Set.of(), Set.of(),
                new Commitment(1, "滨水步道", day("2024-06-30"))), "2023-01-10");

        propose("road", "慢行系统", null, transport, List.of(), simple, Set.of(), Set.of(),
                new Commitment(1, "慢行步道", day("2024-12-31")));
    }

    private MeetingId schedule(MeetingMechanism mechanism, String title, CommitteeView host, String start, long hours,
            String venue, Set<org.ronghe.domain.organization.OrganizationId> invited) {
        var from = Instant.parse(start);
        return ronghe.meetings().commands().schedule(ADMIN, new ScheduleMeetingCommand(mechanism, title, host.id(),
                new Slot(from, from.plusSeconds(hours * 3600), venue), invited)).meeting().id();
    }

    private long meet(MeetingId meeting, java.util.function.LongFunction<MeetingChange> change) {
        long version = ronghe.meetings().queries().meeting(meeting).meeting().version();
        return ronghe.meetings().commands().change(ADMIN, change.apply(version)).meeting().version();
    }

    private TaskId task(MeetingId meeting, int resolution, String title, OrganizationView assignee,
            Set<org.ronghe.domain.organization.OrganizationId> co, String createdOn, String dueOn) {
        return ronghe.tasks().commands().create(ADMIN, new CreateTaskCommand(meeting, resolution, title, assignee.id(), co,
                day(dueOn), day(createdOn))).task().id();
    }

    private void work(Caller caller, TaskId task, java.util.function.LongFunction<TaskChange> change) {
        long version = ronghe.tasks().queries().task(task, null).task().version();
        ronghe.tasks().commands().change(caller, change.apply(version));
    }

    private void meetings() {
        var parking = schedule(MeetingMechanism.SPECIAL_DELIBERATION, "停车难专项议事会", ximenCommittee,
                "2022-09-10T01:00:00Z", 2, "西门党群服务站", Set.of(organizationDepartment.id()));
        meet(parking, v -> new MeetingChange.RaiseItem(parking, v, culture.id(), "老街停车难", "project:" + road.id()));
        meet(parking, v -> new MeetingChange.RaiseItem(parking, v, jiadingTown.id(), "河道保洁", "area:" + ximen.id()));
        meet(parking, v -> new MeetingChange.RaiseItem(parking, v, transport.id(), "公交接驳", null));
        meet(parking, v -> new MeetingChange.Hold(parking, v, Set.of(jiadingTown.id(), culture.id(), transport.id()),
                "议定共享停车与河道保洁"));
        meet(parking, v -> new MeetingChange.Resolve(parking, v, 1, "区文旅局开放错时共享车位"));
        meet(parking, v -> new MeetingChange.Resolve(parking, v, 2, "嘉定镇街道牵头河道保洁"));
        meet(parking, v -> new MeetingChange.ApproveMinutes(parking, v));
        var townLead = operatorOf(jiadingTown);
        var cultureWorker = operatorOf(culture);
        var districtLead = operatorOf(district);

        var sharedSpaces = task(parking, 1, "开放共享车位", culture, Set.of(transport.id()), "2022-09-11", "2022-12-31");
        work(cultureWorker, sharedSpaces, v -> new TaskChange.NoteProgress(sharedSpaces, v, day("2022-10-01"),
                "已排查车位"));
        work(cultureWorker, sharedSpaces, v -> new TaskChange.NoteProgress(sharedSpaces, v, day("2022-11-01"),
                "签订共享协议"));
        work(cultureWorker, sharedSpaces, v -> new TaskChange.MarkDone(sharedSpaces, v, day("2022-12-01")));
        work(townLead, sharedSpaces, v -> new TaskChange.Verify(sharedSpaces, v, day("2022-12-05")));

        var cleaning = task(parking, 2, "河道保洁", jiadingTown, Set.of(), "2022-09-11", "2023-01-31");
        work(townLead, cleaning, v -> new TaskChange.NoteProgress(cleaning, v, day("2022-12-20"), "已清淤"));
        work(townLead, cleaning, v -> new TaskChange.MarkDone(cleaning, v, day("2023-01-10")));
        work(districtLead, cleaning, v -> new TaskChange.Reopen(cleaning, v, day("2023-01-15"), "复查仍有垃圾"));

        task(parking, 1, "公交接驳", transport, Set.of(), "2022-09-12", "2023-03-31");

        var signage = task(parking, 2, "河道标识", culture, Set.of(), "2022-09-12", "2023-02-28");
        work(cultureWorker, signage, v -> new TaskChange.MarkDone(signage, v, day("2023-02-01")));

        var guidance = task(parking, 1, "停车引导", culture, Set.of(), "2022-09-13", "2023-03-15");
        work(cultureWorker, guidance, v -> new TaskChange.MarkDone(guidance, v, day("2023-03-01")));
        work(townLead, guidance, v -> new TaskChange.Verify(guidance, v, day("2023-03-02")));
        work(townLead, guidance, v -> new TaskChange.Reopen(guidance, v, day("2023-03-10"), "引导牌被遮挡"));

        var joint = schedule(MeetingMechanism.COMPREHENSIVE_JOINT, "融合型党建联席会议", promotion, "2022-11-15T02:00:00Z", 2,
                "区委", Set.of());
        meet(joint, v -> new MeetingChange.RaiseItem(joint, v, transport.id(), "片区融委会运行情况",
                "committee:" + ximenCommittee.id()));
        meet(joint, v -> new MeetingChange.Cancel(joint, v, "疫情防控"));

        var liaison = schedule(MeetingMechanism.ROUTINE_LIAISON, "季度联络会", promotion, "2023-01-05T02:00:00Z", 1,
                "区委组织部", Set.of(museum.id()));
        meet(liaison, v -> new MeetingChange.RaiseItem(liaison, v, district.id(), "年度考核", null));
        meet(liaison, v -> new MeetingChange.Hold(liaison, v, Set.of(district.id(), transport.id()), "部署年度考核"));
        meet(liaison, v -> new MeetingChange.Resolve(liaison, v, 1, "区委牵头年度考核"));
        var assessment = task(liaison, 1, "制定考核办法", district, Set.of(), "2023-01-06", "2023-03-01");
        work(districtLead, assessment, v -> new TaskChange.MarkDone(assessment, v, day("2023-02-20")));
        work(ADMIN, assessment, v -> new TaskChange.Verify(assessment, v, day("2023-02-25")));

        schedule(MeetingMechanism.ROUTINE_LIAISON, "文化高地联络会", cultureCommittee, "2023-04-20T02:00:00Z", 1,
                "嘉定博物馆", Set.of());
    }

    private void activities() {
        ronghe.activities().commands().record(ADMIN, new RecordActivityCommand(CoWorkForm.RESEARCH_DONE_TOGETHER,
                "停车难联合调研", ximenCommittee.id(), Set.of(jiadingTown.id(), culture.id()), day("2022-05-20"),
                "project:" + road.id()));
        ronghe.activities().commands().record(ADMIN, new RecordActivityCommand(CoWorkForm.CADRES_TRAINED_TOGETHER, "跨域干部联合培训",
                null, Set.of(transport.id(), kunshan.id()), day("2022-06-01"), "area:" + yuanxiang.id()));
        var mistaken = ronghe.activities().commands().record(ADMIN, new RecordActivityCommand(
                CoWorkForm.SERVICES_DELIVERED_TOGETHER, "便民服务日", promotion.id(), Set.of(malu.id(), museum.id()),
                day("2022-07-01"), null));
        ronghe.activities().commands().change(ADMIN, new ActivityChange.Withdraw(mistaken.activity().id(),
                mistaken.activity().version(), "误登"));
    }

    private void report(TargetSystemView system, Caller reporter, String code, String value, String asOf, String note,
            String evidence, Integer corrects) {
        long version = ronghe.targetSystems().queries().system(system.id(), null).version();
        ronghe.targetSystems().commands().change(reporter, new TargetSystemChange.ReportReading(system.id(), version, code,
                new BigDecimal(value), day(asOf), note, evidence, corrects));
    }

    private void targetSystems() {
        var plan = ronghe.targetSystems().commands().define(ADMIN, new DefineTargetSystemCommand("嘉定新城“十四五”融合目标",
                new PlanPeriod(2021, 2025)));
        long version = ronghe.targetSystems().commands().change(ADMIN, new TargetSystemChange.AddIndicator(plan.id(), plan.version(), "D-01",
                BilingualName.of("共建项目数", "Joint projects"), IndicatorCategory.DEVELOPMENTAL, "个", Direction.AT_LEAST,
                new BigDecimal("0"), new BigDecimal("20"),
                Map.of(2022, new BigDecimal("8"), 2023, new BigDecimal("12")), organizationDepartment.id(),
                Set.of(road.id(), river.id()), Set.of(ximenCommittee.id()), Set.of(ximen.id()), null)).systemVersion();
        ronghe.targetSystems().commands().change(ADMIN, new TargetSystemChange.AddIndicator(plan.id(), version, "P-01",
                BilingualName.of("片区功能单元", null), IndicatorCategory.PRACTICAL, "个", Direction.AT_LEAST,
                new BigDecimal("0"), new BigDecimal("6"), Map.of(), organizationDepartment.id(), Set.of(), Set.of(),
                Set.of(), LiveFigure.ESTABLISHED_AREA_COMMITTEES));
        var department = operatorOf(organizationDepartment);
        report(plan, department, "D-01", "6", "2022-06-30", "半年统计", "https://example.org/stat/1", null);
        report(plan, department, "D-01", "9", "2022-12-31", "年度统计", null, null);
        report(plan, department, "D-01", "8", "2022-12-31", "更正：一个项目重复计入", null, 2);

        var nearTerm = ronghe.targetSystems().commands().define(ADMIN, new DefineTargetSystemCommand("嘉定新城近期融合目标",
                new PlanPeriod(2023, 2023)));
        ronghe.targetSystems().commands().change(ADMIN, new TargetSystemChange.AddIndicator(nearTerm.id(), nearTerm.version(), "S-01",
                BilingualName.of("群众满意度", null), IndicatorCategory.SHARED, "%", Direction.AT_LEAST,
                new BigDecimal("80"), new BigDecimal("90"), null, culture.id(), null, null, null, null));
        report(nearTerm, operatorOf(culture), "S-01", "85", "2023-03-31", "问卷", null, null);
    }

    // --- comparing documents whose ids differ ------------------------------------------------------------

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The document with every id replaced by what it names (an organization, area or committee by its name, a
     * project, meeting or target system by its title), as nested maps and lists; lists of ids (sets in the
     * model) are sorted, and so are the sections, whose order follows the ids.
     */
    static Map<String, Object> withoutIds(StructureDocument document) {
        Map<String, String> names = new HashMap<>();
        document.organizations().forEach(o -> names.put(o.key(), "organization " + o.name()));
        document.areas().forEach(a -> names.put(a.key(), "area " + a.name()));
        document.committees().forEach(c -> names.put(c.key(), "committee " + c.name()));
        document.projects().forEach(p -> names.put(p.key(), "project " + p.title()));
        document.meetings().forEach(m -> names.put(m.key(), "meeting " + m.title()));
        document.targetSystems().forEach(t -> names.put(t.key(), "target system " + t.title()));
        @SuppressWarnings("unchecked")
        var canonical = (Map<String, Object>) canonical(document, names);
        canonical.replaceAll((section, value) -> value instanceof List<?> entries
                ? entries.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList() : value);
        return canonical;
    }

    private static Object canonical(Object value, Map<String, String> names) {
        if (value instanceof Record record) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    fields.put(component.getName(), canonical(component.getAccessor().invoke(record), names));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return fields;
        }
        if (value instanceof List<?> list) {
            var items = list.stream().map(item -> canonical(item, names)).toList();
            return items.stream().allMatch(String.class::isInstance)
                    ? items.stream().map(String.class::cast).sorted().toList() : items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v, names)));
            return sorted;
        }
        if (value instanceof String text) {
            return UUID_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    names.getOrDefault(m.group(), m.group())));
        }
        return value;
    }
}
