package org.ronghe.benchmarks.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.ronghe.application.Ronghe;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.server.DataSets;

/**
 * Writes a data set of a chosen {@link Scale} through the application's use cases — every rule is
 * checked and every write audited, as in production — on a clock fixed at the Jiading set's reference
 * day and with ids from a counter, so two runs write the same data. Work is grouped into large
 * transactions (one per synthetic district, one per meeting of the bulk tasks) to keep it quick.
 *
 * <p>A synthetic district: 6 towns, 3 departments, 72 regional units, 6 areas, 6 established area
 * committees (LEAD town, 2 cooperating departments, 12 participating units; 90 memberships) plus 12
 * units in the professional committees; 30 special deliberation meetings with 33 tasks each (990 tasks:
 * a third verified, a third done, a third pending with due days around the reference day); a target
 * system of 33 indicators with 2 readings each.
 */
public final class DataGenerator {

    public static final Instant REFERENCE = Instant.parse("2023-04-04T02:00:00Z");
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2023, 4, 4);

    /** What the benchmarks address: a committee to read, two organizations to record co-work of, the sizes written. */
    public record Generated(Scale scale, CommitteeId committee, OrganizationId town, OrganizationId unit,
            long organizations, long memberships, long tasks, long indicators) {
    }

    private final Storage storage;
    private final Ronghe ronghe;
    private final Caller admin = Caller.system("data generator");
    private final Consumer<String> progress;
    private long memberships;
    private long tasks;
    private long indicators;
    private long organizations;

    private DataGenerator(Storage storage, Consumer<String> progress) {
        this.storage = storage;
        long[] counter = { 0 };
        IdSource ids = () -> new UUID(0x526f6e6768650000L, ++counter[0]);
        this.ronghe = Ronghe.on(storage, Clock.fixed(REFERENCE), ids);
        this.progress = progress;
    }

    /** Generates into an empty storage; {@code progress} hears a line now and then. */
    public static Generated generate(Storage storage, Scale scale, Consumer<String> progress) {
        return new DataGenerator(storage, progress).run(scale);
    }

    private Generated run(Scale scale) {
        DataSets.load(ronghe, DataSets.jiading(), "benchmark district");
        var district = ronghe.organizations().queries().organizations(new OrganizationCriteria(
                OrganizationKind.DISTRICT_PARTY_COMMITTEE, null, null), PageRequest.first()).items().get(0).id();
        var professional = ronghe.committees().queries().committees(new CommitteeCriteria(CommitteeTier.PROFESSIONAL, null,
                null, null), null, PageRequest.first()).items();
        long[] versions = professional.stream().mapToLong(CommitteeView::version).toArray();
        for (int k = 2; k <= scale.districts(); k++) {
            int copy = k;
            storage.transactions().inTransaction(() -> {
                syntheticDistrict(copy, district, professional, versions);
                return null;
            });
            if (k % 10 == 0 || k == scale.districts()) {
                progress.accept("district " + k + "/" + scale.districts() + ": " + tasks + " tasks, " + memberships
                        + " memberships");
            }
        }
        if (scale.bulkTasks() > 0) {
            bulkTasks(district, scale.bulkTasks());
        }
        var someArea = ronghe.committees().queries().committees(new CommitteeCriteria(CommitteeTier.AREA, null, null, null),
                null, PageRequest.first()).items().stream().filter(c -> c.establishedOn() != null).findFirst()
                .orElseThrow();
        var lead = someArea.members().stream().filter(m -> m.role() == MembershipRole.LEAD).findFirst().orElseThrow();
        var participant = someArea.members().stream().filter(m -> m.role() != MembershipRole.LEAD).findFirst()
                .orElseThrow();
        // What the store holds, the Jiading set included.
        long allOrganizations = ronghe.organizations().queries().organizations(OrganizationCriteria.all(),
                PageRequest.first()).totalItems();
        long allMemberships = Page.every(page -> ronghe.committees().queries().committees(CommitteeCriteria.all(), null,
                page)).stream().mapToLong(c -> c.history().size()).sum();
        long allTasks = ronghe.tasks().queries().tasks(TaskCriteria.all(), REFERENCE_DAY, PageRequest.first())
                .totalItems();
        long allIndicators = Page.every(page -> ronghe.targetSystems().queries().systems(page)).stream()
                .mapToLong(TargetSystemView.Summary::indicators).sum();
        return new Generated(scale, someArea.id(), lead.organization(), participant.organization(), allOrganizations,
                allMemberships, allTasks, allIndicators);
    }

    private OrganizationId register(OrganizationKind kind, String name, OrganizationId parent) {
        organizations++;
        return ronghe.organizations().commands().register(admin, RegisterOrganizationCommand.parse(kind.name(), name, null,
                parent.toString(), null)).id();
    }

    private static Caller operatorOf(OrganizationId organization) {
        return new Caller(new Actor(organization, Role.OPERATOR), null, "data generator");
    }

    private void syntheticDistrict(int k, OrganizationId district, List<CommitteeView> professional, long[] versions) {
        List<OrganizationId> towns = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            towns.add(register(OrganizationKind.TOWN_PARTY_COMMITTEE, "第" + k + "区" + i + "镇党委", district));
        }
        List<OrganizationId> departments = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            departments.add(register(OrganizationKind.DEPARTMENT_PARTY_BODY, "第" + k + "区部门" + i + "党组", district));
        }
        List<OrganizationId> units = new ArrayList<>();
        for (int i = 1; i <= 72; i++) {
            units.add(register(OrganizationKind.REGIONAL_UNIT, "第" + k + "区单位" + i, towns.get(i % 6)));
        }
        LocalDate planned = LocalDate.of(2022, 1, 10);
        for (int f = 0; f < professional.size(); f++) {
            for (int u = 0; u < 3; u++) {
                versions[f] = ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(professional.get(f).id(),
                        versions[f], units.get(60 + f * 3 + u), MembershipRole.PARTICIPATING, planned)).version();
                memberships++;
            }
        }
        for (int a = 0; a < 6; a++) {
            var area = ronghe.areas().commands().define(admin, new DefineAreaCommand(AreaLayout.AREA,
                    BilingualName.of("第" + k + "区片区" + (a + 1), null), Set.of(towns.get(a))));
            var committee = ronghe.committees().commands().plan(admin, new PlanCommitteeCommand(CommitteeTier.AREA,
                    BilingualName.of("第" + k + "区片区" + (a + 1) + "融委会", null), null, area.id(), planned));
            committee = ronghe.committees().commands().change(admin, new CommitteeChange.AppointChair(committee.id(), committee.version(),
                    new Chair("某", "镇党委书记"), planned));
            committee = admit(committee, towns.get(a), MembershipRole.LEAD, planned);
            for (var department : departments.subList(0, 2)) {
                committee = admit(committee, department, MembershipRole.COOPERATING, planned);
            }
            List<OrganizationId> members = new ArrayList<>(units.subList(a * 12, a * 12 + 12));
            for (var unit : members) {
                committee = admit(committee, unit, MembershipRole.PARTICIPATING, planned);
            }
            committee = ronghe.committees().commands().change(admin, new CommitteeChange.Establish(committee.id(),
                    committee.version(), LocalDate.of(2022, 3, 1)));
            meetings(committee.id(), towns.get(a), members, 5, 33, k * 7 + a);
        }
        targetSystem(k, departments);
    }

    private CommitteeView admit(CommitteeView committee, OrganizationId organization, MembershipRole role, LocalDate since) {
        memberships++;
        return ronghe.committees().commands().change(admin, new CommitteeChange.AdmitMember(committee.id(), committee.version(), organization,
                role, since));
    }

    /** Meetings held in 2022 with one resolution each and tasks assigned round the members; a third verified, a third done. */
    private void meetings(CommitteeId host, OrganizationId lead, List<OrganizationId> members, int meetings,
            int tasksPerMeeting, int seed) {
        var leadCaller = operatorOf(lead);
        for (int m = 0; m < meetings; m++) {
            var meeting = heldMeeting(host, lead, members, LocalDate.of(2022, 2 + m * 2, 10), "第" + (m + 1) + "次专项议事会");
            for (int t = 0; t < tasksPerMeeting; t++) {
                var assignee = members.get((t + seed) % members.size());
                var created = LocalDate.of(2022, 2 + m * 2, 10);
                var due = created.plusDays(10 + ((long) (t + seed) * 37) % 600);
                var task = ronghe.tasks().commands().create(leadCaller, new CreateTaskCommand(meeting, 1, "落实议定事项" + (t + 1),
                        assignee, Set.of(), due, created));
                tasks++;
                if (t % 3 != 2) {
                    var on = LocalDate.of(2022, 2 + m * 2, 20);
                    var done = ronghe.tasks().commands().change(operatorOf(assignee), new TaskChange.MarkDone(task.task().id(),
                            task.task().version(), on));
                    if (t % 3 == 0) {
                        ronghe.tasks().commands().change(leadCaller, new TaskChange.Verify(task.task().id(),
                                done.task().version(), on.plusDays(5)));
                    }
                }
            }
        }
    }

    private MeetingId heldMeeting(CommitteeId host, OrganizationId lead, List<OrganizationId> members, LocalDate day,
            String title) {
        var leadCaller = operatorOf(lead);
        var start = day.atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
        var meeting = ronghe.meetings().commands().schedule(leadCaller, new ScheduleMeetingCommand(
                MeetingMechanism.SPECIAL_DELIBERATION, title, host, new Slot(start, start.plusSeconds(7200), "会议室"),
                new LinkedHashSet<>(members.subList(0, Math.min(3, members.size())))));
        var id = meeting.meeting().id();
        long version = meeting.meeting().version();
        version = ronghe.meetings().commands().change(leadCaller, new MeetingChange.RaiseItem(id, version, lead, "短板问题",
                null)).meeting().version();
        version = ronghe.meetings().commands().change(leadCaller, new MeetingChange.Hold(id, version, Set.of(lead), "纪要"))
                .meeting().version();
        ronghe.meetings().commands().change(leadCaller, new MeetingChange.Resolve(id, version, 1, "限期解决"));
        return id;
    }

    private void targetSystem(int k, List<OrganizationId> departments) {
        var system = ronghe.targetSystems().commands().define(admin, new DefineTargetSystemCommand("第" + k + "区“十四五”目标",
                new PlanPeriod(2021, 2025)));
        long version = system.version();
        IndicatorCategory[] categories = IndicatorCategory.values();
        for (int i = 0; i < 33; i++) {
            var responsible = departments.get(i % departments.size());
            String code = "I-" + (i + 1);
            version = ronghe.targetSystems().commands().change(admin, new TargetSystemChange.AddIndicator(system.id(), version, code,
                    BilingualName.of("指标" + (i + 1), null), categories[i % categories.length], "个",
                    i % 7 == 6 ? Direction.AT_MOST : Direction.AT_LEAST, BigDecimal.valueOf(i % 7 == 6 ? 100 : 10),
                    BigDecimal.valueOf(i % 7 == 6 ? 50 : 100), Map.of(), responsible, Set.of(), Set.of(), Set.of(),
                    null)).systemVersion();
            indicators++;
            for (int year = 2021; year <= 2022; year++) {
                version = ronghe.targetSystems().commands().change(operatorOf(responsible), new TargetSystemChange.ReportReading(system.id(),
                        version, code, BigDecimal.valueOf(20 + (i * 13 + year) % 60), LocalDate.of(year, 12, 31),
                        null, null, null)).systemVersion();
            }
        }
    }

    /** A committee whose meetings hold {@code count} tasks, 1,000 per meeting, one transaction per meeting. */
    private void bulkTasks(OrganizationId district, int count) {
        var town = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "批量任务镇党委", district);
        var units = new ArrayList<OrganizationId>();
        for (int i = 1; i <= 10; i++) {
            units.add(register(OrganizationKind.REGIONAL_UNIT, "批量任务单位" + i, town));
        }
        LocalDate planned = LocalDate.of(2022, 1, 10);
        var area = ronghe.areas().commands().define(admin, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of("批量任务片区", null), Set.of(town)));
        var committee = ronghe.committees().commands().plan(admin, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("批量任务片区融委会", null), null, area.id(), planned));
        committee = ronghe.committees().commands().change(admin, new CommitteeChange.AppointChair(committee.id(), committee.version(),
                new Chair("某", "书记"), planned));
        committee = admit(committee, town, MembershipRole.LEAD, planned);
        for (var unit : units) {
            committee = admit(committee, unit, MembershipRole.PARTICIPATING, planned);
        }
        committee = ronghe.committees().commands().change(admin, new CommitteeChange.Establish(committee.id(),
                committee.version(), LocalDate.of(2022, 2, 1)));
        var host = committee.id();
        var leadCaller = operatorOf(town);
        int perMeeting = 1_000;
        for (int m = 0; m * perMeeting < count; m++) {
            int meetingNumber = m;
            storage.transactions().inTransaction(() -> {
                var day = LocalDate.of(2022, 3, 1).plusDays(meetingNumber % 300);
                var meeting = heldMeeting(host, town, units, day, "批量议事会" + (meetingNumber + 1));
                for (int t = 0; t < perMeeting && meetingNumber * perMeeting + t < count; t++) {
                    var due = day.plusDays(30 + (t * 7L) % 900);
                    ronghe.tasks().commands().create(leadCaller, new CreateTaskCommand(meeting, 1, "批量任务" + (t + 1),
                            units.get(t % units.size()), Set.of(), due, day));
                    tasks++;
                }
                return null;
            });
            if ((m + 1) % 50 == 0) {
                progress.accept("bulk tasks: " + tasks);
            }
        }
    }
}
