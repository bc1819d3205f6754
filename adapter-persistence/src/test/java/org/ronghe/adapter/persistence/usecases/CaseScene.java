package org.ronghe.adapter.persistence.usecases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.cases.port.in.CaseIntakeView;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.application.grid.port.in.DefineGridPlanCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.shared.BilingualName;

/**
 * 南翔镇 with one area, one village (北管村) and two micro grids side by side, two departments (消防, 城管), and the
 * case policy: blocked fire lanes go to 消防 (2 hours to sign for, 3 working days to respond), waterlogging to 城管.
 */
final class CaseScene implements AutoCloseable {

    /** In NX-M001, the western micro grid. */
    static final GeoPoint IN_M001 = new GeoPoint(121.245, 31.375);
    /** In NX-M002, the eastern one. */
    static final GeoPoint IN_M002 = new GeoPoint(121.255, 31.375);
    static final GeoPoint OUTSIDE = new GeoPoint(121.40, 31.20);

    final OnMemory memory;
    final OrganizationView district;
    final OrganizationView nanxiang;
    final OrganizationView malu;
    final OrganizationView beiguan;
    final OrganizationView fire;
    final OrganizationView urban;
    final Caller town;
    final Caller fireOperator;
    final Caller urbanOperator;
    final Caller patrol;
    private int events;

    CaseScene() {
        this(new OnMemory());
    }

    /** The scene on the store the application runs on. */
    CaseScene(OnMemory memory) {
        this.memory = memory;
        district = memory.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        nanxiang = memory.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        malu = memory.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        beiguan = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang);
        fire = memory.register("DEPARTMENT_PARTY_BODY", "区消防救援支队党委", district);
        urban = memory.register("DEPARTMENT_PARTY_BODY", "区城管执法局党组", district);
        town = memory.operatorOf(nanxiang);
        fireOperator = memory.operatorOf(fire);
        urbanOperator = memory.operatorOf(urban);
        patrol = memory.operatorOf(beiguan);
    }

    CaseScene drawGrids() {
        memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(nanxiang.id(), "NX",
                rectangle(121.24, 31.37, 121.26, 31.38), List.of(
                        draft("NX-A01", null, rectangle(121.24, 31.37, 121.26, 31.38), nanxiang),
                        draft("NX-V01", "NX-A01", rectangle(121.24, 31.37, 121.26, 31.38), beiguan),
                        draft("NX-M001", "NX-V01", rectangle(121.24, 31.37, 121.25, 31.38), beiguan),
                        draft("NX-M002", "NX-V01", rectangle(121.25, 31.37, 121.26, 31.38), beiguan)),
                LocalDate.of(2023, 3, 1)));
        return this;
    }

    CaseScene adoptPolicy() {
        memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN, policy(0, categories()));
        return this;
    }

    List<CaseCategory> categories() {
        return List.of(fireLane(), new CaseCategory("WATERLOGGING", BilingualName.of("道路积水", "Waterlogging"),
                urban.id(), Urgency.HIGH, TimeLimit.hours(4), TimeLimit.hours(24), Duration.ofHours(6), 200));
    }

    CaseCategory fireLane() {
        return new CaseCategory("FIRE_LANE", BilingualName.of("消防通道堵塞", "Blocked fire lane"), fire.id(),
                Urgency.URGENT, TimeLimit.hours(2), TimeLimit.workingDays(3), Duration.ofHours(24), 100);
    }

    static AdoptCasePolicyCommand policy(long expectedVersion, List<CaseCategory> categories) {
        return new AdoptCasePolicyCommand(expectedVersion, categories,
                new WorkingCalendar(Set.of(LocalDate.of(2023, 4, 5)), Set.of(LocalDate.of(2023, 4, 23))),
                new ShortBoardRule(5, 30));
    }

    /** A new signal from the sign platform, with an event id of its own. */
    CaseIntakeView report(String category, GeoPoint at) {
        return report(patrol, category, at, "SP-" + (++events));
    }

    CaseIntakeView report(Caller caller, String category, GeoPoint at, String eventId) {
        return memory.ronghe.cases().commands().receive(caller, new ReceiveSignalCommand(SignalSource.SIGN_PLATFORM,
                eventId, category, at, "古猗园路 88 号", "消防通道被车辆占用", List.of(), null));
    }

    private static GridDraft draft(String code, String parent, Territory territory, OrganizationView responsible) {
        return new GridDraft(GridCode.parse("code", code), code + "网格", parent == null ? null
                : GridCode.parse("parent", parent), territory, responsible.id(), List.of());
    }

    private static Territory rectangle(double west, double south, double east, double north) {
        return Territory.ofPolygons("territory", List.of(List.of(List.of(new double[] {west, south},
                new double[] {east, south}, new double[] {east, north}, new double[] {west, north},
                new double[] {west, south}))));
    }

    @Override
    public void close() {
        memory.close();
    }
}
