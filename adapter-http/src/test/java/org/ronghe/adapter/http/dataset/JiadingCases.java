package org.ronghe.adapter.http.dataset;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The generator of the city cases of the demo data set (issue 20), deterministic from a fixed seed: the policy's
 * twelve categories (the five the article names: congestion, illegal building, blocked fire lanes, waterlogging,
 * high-point camera alerts; seven more), the working-day calendar of 2021–2026, and some three hundred cases
 * received from January to the reference day 2023-04-04 at points inside the demo's micro grids, each taken as far
 * through its loop as its time allows: some invalid, some returned and sent elsewhere, some suspended, some late
 * and escalated, some verification failed and redone, repeats joining open cases, a few outside every grid filed
 * by the district, and one pile of blocked fire lanes in one village grid of 南翔 that raises a short-board problem.
 *
 * <p>Illustrative throughout. {@code JiadingCasesTest} holds the data set to what this generates; to write it
 * again: {@code mvn -pl adapter-http test -Dtest=JiadingCasesTest -Dronghe.writeDataSet=true}.
 */
final class JiadingCases {

    static final long SEED = 20_230_404L;
    static final int CASES = 300;
    static final int REPEATS = 24;
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    /** The reference day at half past nine in the morning: the data set describes the cases then. */
    static final Instant AS_OF = LocalDate.of(2023, 4, 4).atTime(9, 30).atZone(CITY).toInstant();
    private static final Instant FIRST = LocalDate.of(2023, 1, 3).atTime(8, 0).atZone(CITY).toInstant();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    /** A category: code, names, owning department's key, urgency, limits, repeat rule, and what its cases say. */
    record Category(String code, String name, String nameEn, String department, String urgency, int signFor,
            String signForUnit, int respond, String respondUnit, int repeatHours, int repeatMetres, int weight,
            List<String> descriptions) {

        StructureDocument.CaseCategoryEntry entry() {
            return new StructureDocument.CaseCategoryEntry(code, name, nameEn, department, urgency,
                    new StructureDocument.LimitEntry(signFor, signForUnit),
                    new StructureDocument.LimitEntry(respond, respondUnit), repeatHours, repeatMetres);
        }

        Duration signForLimit() {
            return signForUnit.equals("HOURS") ? Duration.ofHours(signFor) : Duration.ofDays(signFor);
        }

        Duration respondLimit() {
            return respondUnit.equals("HOURS") ? Duration.ofHours(respond) : Duration.ofDays(respond);
        }
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("TRAFFIC_CONGESTION", "交通拥堵", "Traffic congestion", "transport", "URGENT", 1, "HOURS", 4,
                    "HOURS", 2, 300, 14, List.of("早高峰路口车辆排队超过 500 米", "信号灯配时不当导致拥堵", "施工占道造成车辆拥堵")),
            new Category("ILLEGAL_BUILDING", "违法建筑", "Illegal building", "urban", "NORMAL", 1, "WORKING_DAYS", 13,
                    "WORKING_DAYS", 720, 50, 8, List.of("屋顶违法搭建彩钢板房", "沿街商铺违法扩建", "小区绿地内私搭乱建")),
            new Category("FIRE_LANE", "消防通道堵塞", "Blocked fire lane", "urban", "URGENT", 2, "HOURS", 1,
                    "WORKING_DAYS", 24, 100, 12, List.of("消防通道被车辆占用", "消防通道堆放杂物", "消防登高面被占用")),
            new Category("WATERLOGGING", "道路积水", "Waterlogging", "water", "HIGH", 2, "HOURS", 24, "HOURS", 6, 200,
                    8, List.of("路面积水没过脚踝", "下立交积水", "雨水口堵塞路面积水")),
            new Category("HIGH_POINT_ALERT", "高点监控告警", "High-point camera alert", "politics-law", "HIGH", 1,
                    "HOURS", 8, "HOURS", 12, 150, 10, List.of("高点监控发现人员聚集", "高点监控发现烟雾", "高点监控发现渣土车违规倾倒")),
            new Category("STREET_VENDING", "占道经营", "Street vending", "urban", "NORMAL", 4, "HOURS", 3,
                    "WORKING_DAYS", 24, 50, 10, List.of("流动摊贩占道经营", "店外经营占用人行道")),
            new Category("EXPOSED_WASTE", "垃圾暴露", "Exposed waste", "environment", "NORMAL", 4, "HOURS", 2,
                    "WORKING_DAYS", 48, 50, 8, List.of("垃圾桶满溢未清运", "建筑垃圾乱堆放")),
            new Category("ROAD_DAMAGE", "道路破损", "Road damage", "construction", "NORMAL", 1, "WORKING_DAYS", 5,
                    "WORKING_DAYS", 168, 50, 8, List.of("人行道板松动破损", "车行道出现坑洞")),
            new Category("MANHOLE_COVER", "井盖缺失", "Missing manhole cover", "construction", "URGENT", 1, "HOURS", 8,
                    "HOURS", 24, 30, 4, List.of("窨井盖缺失", "井盖破损下沉")),
            new Category("STREETLIGHT_FAULT", "路灯故障", "Streetlight fault", "construction", "NORMAL", 1,
                    "WORKING_DAYS", 5, "WORKING_DAYS", 168, 50, 6, List.of("路灯不亮", "路灯杆倾斜")),
            new Category("NOISE", "噪声扰民", "Noise nuisance", "environment", "NORMAL", 4, "HOURS", 3,
                    "WORKING_DAYS", 24, 100, 6, List.of("夜间施工噪声扰民", "商铺音响噪声扰民")),
            new Category("ILLEGAL_PARKING", "违规停车", "Illegal parking", "transport", "NORMAL", 2, "HOURS", 1,
                    "WORKING_DAYS", 12, 50, 6, List.of("非机动车道违停", "公交站台违停")));

    /** The State Council's public holidays, 2021 to 2026. */
    static final List<LocalDate> HOLIDAYS = days(
            "2021-01-01", "2021-01-02", "2021-01-03", "2021-02-11..2021-02-17", "2021-04-03..2021-04-05",
            "2021-05-01..2021-05-05", "2021-06-12..2021-06-14", "2021-09-19..2021-09-21", "2021-10-01..2021-10-07",
            "2022-01-01..2022-01-03", "2022-01-31..2022-02-06", "2022-04-03..2022-04-05", "2022-04-30..2022-05-04",
            "2022-06-03..2022-06-05", "2022-09-10..2022-09-12", "2022-10-01..2022-10-07",
            "2022-12-31..2023-01-02", "2023-01-21..2023-01-27", "2023-04-05", "2023-04-29..2023-05-03",
            "2023-06-22..2023-06-24", "2023-09-29..2023-10-06",
            "2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06", "2024-05-01..2024-05-05", "2024-06-10",
            "2024-09-15..2024-09-17", "2024-10-01..2024-10-07",
            "2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
            "2025-05-31..2025-06-02", "2025-10-01..2025-10-08",
            "2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06", "2026-05-01..2026-05-05",
            "2026-06-19..2026-06-21", "2026-09-25..2026-09-27", "2026-10-01..2026-10-07");

    /** The weekend days worked instead (调休). */
    static final List<LocalDate> MAKE_UP_DAYS = days(
            "2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09",
            "2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09",
            "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08",
            "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
            "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    private static List<LocalDate> days(String... spans) {
        List<LocalDate> days = new ArrayList<>();
        for (String span : spans) {
            String[] ends = span.split("\\.\\.");
            LocalDate day = LocalDate.parse(ends[0]);
            LocalDate last = LocalDate.parse(ends[ends.length - 1]);
            for (; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return List.copyOf(days);
    }

    static StructureDocument.CasePolicyEntry policy() {
        for (LocalDate day : MAKE_UP_DAYS) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalStateException(day + " is a make-up working day but not a weekend day");
            }
        }
        return new StructureDocument.CasePolicyEntry(CATEGORIES.stream().map(Category::entry).toList(), HOLIDAYS,
                MAKE_UP_DAYS, 5, 30, true);
    }

    /** A micro grid of the data set: its town's key, its village grid's code, its territory. */
    record MicroGrid(String town, String code, String village, Geometry territory) {
    }

    static List<MicroGrid> microGrids(JsonNode gridPlans) {
        var reader = new WKTReader(GEOMETRIES);
        List<MicroGrid> grids = new ArrayList<>();
        for (JsonNode plan : gridPlans) {
            for (JsonNode grid : plan.get("grids")) {
                if (grid.get("code").asText().contains("-M")) {
                    try {
                        grids.add(new MicroGrid(plan.get("town").asText(), grid.get("code").asText(),
                                grid.get("parentCode").asText(), reader.read(grid.get("territory").asText())));
                    } catch (ParseException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return grids;
    }

    /** A point inside a grid, rounded to 6 decimals (about 10 cm). */
    private static double[] pointIn(Geometry territory, Random random) {
        var box = territory.getEnvelopeInternal();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            double lon = Math.round((box.getMinX() + random.nextDouble() * box.getWidth()) * 1e6) / 1e6;
            double lat = Math.round((box.getMinY() + random.nextDouble() * box.getHeight()) * 1e6) / 1e6;
            if (territory.contains(GEOMETRIES.createPoint(new Coordinate(lon, lat)))) {
                return new double[] {lon, lat};
            }
        }
        throw new IllegalStateException("no point found inside a grid");
    }

    private static final String[] SOURCES = {"PATROL", "PATROL", "PATROL", "PATROL", "SIGN_PLATFORM", "SIGN_PLATFORM",
            "SIGN_PLATFORM", "HOTLINE_12345", "HOTLINE_12345", "HOTLINE_12345"};

    /** The cases, in the order they were received. */
    static List<StructureDocument.CaseEntry> generate(JsonNode gridPlans) {
        var random = new Random(SEED);
        var grids = microGrids(gridPlans);
        int totalWeight = CATEGORIES.stream().mapToInt(Category::weight).sum();
        List<StructureDocument.CaseEntry> cases = new ArrayList<>();
        long span = Duration.between(FIRST, AS_OF.minus(Duration.ofHours(1))).toMinutes();
        int serial = 0;
        for (int i = 0; i < CASES; i++) {
            int pick = random.nextInt(totalWeight);
            Category category = CATEGORIES.get(0);
            for (Category c : CATEGORIES) {
                pick -= c.weight();
                if (pick < 0) {
                    category = c;
                    break;
                }
            }
            var grid = grids.get(random.nextInt(grids.size()));
            Instant received = FIRST.plus(Duration.ofMinutes((long) (span * Math.pow(random.nextDouble(), 0.8))));
            cases.add(loop(++serial, category, grid.town(), pointIn(grid.territory(), random), received, random));
        }
        // a pile: five blocked fire lanes in one village grid of 南翔 within three weeks (the short-board rule)
        var nanxiang = grids.stream().filter(g -> g.town().equals("nanxiang")).toList();
        String village = nanxiang.get(0).village();
        var pile = nanxiang.stream().filter(g -> g.village().equals(village)).toList();
        Instant start = LocalDate.of(2023, 3, 6).atTime(9, 0).atZone(CITY).toInstant();
        for (int i = 0; i < 5; i++) {
            var grid = pile.get(i % pile.size());
            cases.add(loop(++serial, CATEGORIES.get(2), grid.town(), pointIn(grid.territory(), random),
                    start.plus(Duration.ofDays(4L * i)).plus(Duration.ofMinutes(random.nextInt(300))), random));
        }
        // outside every grid: taken in, filed to a town by the district
        for (int i = 0; i < 3; i++) {
            Instant received = FIRST.plus(Duration.ofDays(20L + 25L * i));
            double[] point = {121.150 + 0.01 * i, 31.255};
            cases.add(outside(++serial, CATEGORIES.get(3 + i), point, received, random));
        }
        // on the reference day, a few cases stand at each step the loop passes through quickly
        String[][] standing = {{"FILE"}, {"FILE", "DISPATCH", "RETURN"},
                {"FILE", "DISPATCH", "SIGN_FOR", "START_HANDLING", "RESPOND"},
                {"FILE", "DISPATCH", "SIGN_FOR", "START_HANDLING", "RESPOND", "VERIFY_FAILED"},
                {"FILE", "DISPATCH", "SIGN_FOR", "START_HANDLING", "RESPOND", "VERIFY"}};
        for (String[] actions : standing) {
            for (int copy = 0; copy < 2; copy++) {
                var grid = grids.get(random.nextInt(grids.size()));
                Instant received = AS_OF.minus(Duration.ofHours(3)).plus(Duration.ofMinutes(random.nextInt(40)));
                cases.add(standing(++serial, CATEGORIES.get(7), grid.town(), pointIn(grid.territory(), random),
                        received, actions));
            }
        }
        // repeats: the same problem reported again near an open case, soon after
        List<StructureDocument.CaseEntry> repeats = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            var original = cases.get(random.nextInt(CASES));
            var category = CATEGORIES.stream().filter(c -> c.code().equals(original.category())).findFirst()
                    .orElseThrow();
            long window = Math.min(category.repeatHours() * 60L, 240);
            Instant at = original.receivedAt().plus(Duration.ofMinutes(3 + random.nextInt((int) window / 8 + 1)));
            if (!original.steps().isEmpty() && !original.steps().get(0).at().isAfter(at)
                    && original.steps().get(0).action().equals("INVALIDATE") || at.isAfter(AS_OF)) {
                continue;
            }
            double metres = 5 + random.nextInt(Math.max(1, category.repeatMetres() / 3));
            double[] near = {Math.round((original.longitude() + metres / 95_000.0) * 1e6) / 1e6, original.latitude()};
            repeats.add(new StructureDocument.CaseEntry(random.nextBoolean() ? "HOTLINE_12345" : "SIGN_PLATFORM",
                    eventId(++serial, random.nextBoolean() ? "HOTLINE_12345" : "SIGN_PLATFORM"), original.category(),
                    near[0], near[1], original.address(), "再次反映：" + original.description(), List.of(), at,
                    List.of(), true));
        }
        cases.addAll(repeats);
        cases.sort(Comparator.comparing(StructureDocument.CaseEntry::receivedAt));
        return cases;
    }

    private static String eventId(int serial, String source) {
        return switch (source) {
            case "SIGN_PLATFORM" -> String.format("SP-2023-%05d", serial);
            case "HOTLINE_12345" -> String.format("12345-2023-%06d", 100_000 + serial);
            default -> String.format("PATROL-2023-%05d", serial);
        };
    }

    /** A step after the last, or null once it would come after the reference instant. */
    private static Instant after(Instant last, Duration gap) {
        Instant at = last.plus(gap);
        return at.isAfter(AS_OF) ? null : at;
    }

    private static Duration minutes(Random random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(Math.max(1, to - from)));
    }

    private static Duration share(Duration limit, Random random, double from, double to) {
        return Duration.ofMinutes(Math.max(5, (long) (limit.toMinutes() * (from + random.nextDouble() * (to - from)))));
    }

    private static StructureDocument.CaseStepEntry step(Instant at, String action, String by) {
        return new StructureDocument.CaseStepEntry(at, action, by, null, null, null, null, List.of());
    }

    private static StructureDocument.CaseStepEntry step(Instant at, String action, String by, String note) {
        return new StructureDocument.CaseStepEntry(at, action, by, null, null, note, null, List.of());
    }

    /** A case taken through its loop as far as its time and its luck allow. */
    private static StructureDocument.CaseEntry loop(int serial, Category category, String town, double[] point,
            Instant received, Random random) {
        String source = SOURCES[random.nextInt(SOURCES.length)];
        List<StructureDocument.CaseStepEntry> steps = new ArrayList<>();
        String description = category.descriptions().get(random.nextInt(category.descriptions().size()));
        String address = "嘉定区 " + (100 + random.nextInt(800)) + " 号附近";
        List<String> photos = source.equals("HOTLINE_12345") ? List.of()
                : List.of(String.format("https://photos.example.cn/jiading/2023/%05d.jpg", serial));
        var entry = new StructureDocument.CaseEntry(source, eventId(serial, source), category.code(), point[0],
                point[1], address, description, photos, received, steps, true);
        double fate = random.nextDouble();
        Instant at = after(received, minutes(random, 5, 40));
        if (at == null || fate < 0.03) {
            return withSteps(entry, steps); // still waiting to be filed
        }
        if (fate < 0.08) {
            steps.add(step(at, "INVALIDATE", town, random.nextBoolean() ? "经现场核实，问题不存在" : "重复登记"));
            return withSteps(entry, steps);
        }
        steps.add(step(at, "FILE", town));
        String department = category.department();
        if ((at = after(at, minutes(random, 5, 20))) == null) {
            return withSteps(entry, steps);
        }
        steps.add(step(at, "DISPATCH", town));
        if (fate < 0.14) {
            if ((at = after(at, share(category.signForLimit(), random, 0.2, 0.6))) == null) {
                return withSteps(entry, steps);
            }
            steps.add(step(at, "RETURN", department, "不属本部门职责，请改派"));
            department = department.equals("urban") ? "construction" : "urban";
            if ((at = after(at, minutes(random, 10, 40))) == null) {
                return withSteps(entry, steps);
            }
            steps.add(new StructureDocument.CaseStepEntry(at, "DISPATCH", town, null, department, null, null,
                    List.of()));
        }
        if (fate > 0.96) {
            return withSteps(entry, steps); // never signed for: overdue, escalated by the scan
        }
        boolean lateSign = random.nextDouble() < 0.15;
        if ((at = after(at, share(category.signForLimit(), random, lateSign ? 1.2 : 0.1, lateSign ? 3 : 0.8))) == null) {
            return withSteps(entry, steps);
        }
        steps.add(step(at, "SIGN_FOR", department));
        if ((at = after(at, minutes(random, 5, 60))) == null) {
            return withSteps(entry, steps);
        }
        steps.add(step(at, "START_HANDLING", department));
        if (fate > 0.93) {
            return withSteps(entry, steps); // handling, left to run past its limit
        }
        if (random.nextDouble() < 0.06) {
            if ((at = after(at, minutes(random, 60, 240))) == null) {
                return withSteps(entry, steps);
            }
            steps.add(step(at, "SUSPEND", town, random.nextBoolean() ? "需协调产权单位，延期处置" : "等待材料到位后施工"));
            if (random.nextBoolean() || (at = after(at, Duration.ofDays(1 + random.nextInt(3)))) == null) {
                return withSteps(entry, steps);
            }
            steps.add(step(at, "RESUME", town));
        }
        boolean lateRespond = random.nextDouble() < 0.12;
        if ((at = after(at, share(category.respondLimit(), random, lateRespond ? 1.1 : 0.1,
                lateRespond ? 2 : 0.7))) == null) {
            return withSteps(entry, steps);
        }
        steps.add(new StructureDocument.CaseStepEntry(at, "RESPOND", department, null, null, "已处置完毕", null,
                photos.isEmpty() ? List.of() : List.of(photos.get(0).replace(".jpg", "-done.jpg"))));
        if ((at = after(at, minutes(random, 60, 600))) == null) {
            return withSteps(entry, steps);
        }
        if (random.nextDouble() < 0.1) {
            steps.add(new StructureDocument.CaseStepEntry(at, "VERIFY", town, null, null, "现场复核问题仍存在", false,
                    List.of()));
            if ((at = after(at, minutes(random, 30, 240))) == null) {
                return withSteps(entry, steps);
            }
            steps.add(step(at, "START_HANDLING", department));
            if ((at = after(at, minutes(random, 240, 1_440))) == null) {
                return withSteps(entry, steps);
            }
            steps.add(step(at, "RESPOND", department, "已二次处置"));
            if ((at = after(at, minutes(random, 60, 600))) == null) {
                return withSteps(entry, steps);
            }
        }
        steps.add(new StructureDocument.CaseStepEntry(at, "VERIFY", town, null, null, null, true, List.of()));
        if ((at = after(at, minutes(random, 30, 240))) == null) {
            return withSteps(entry, steps);
        }
        steps.add(step(at, "CLOSE", town));
        return withSteps(entry, steps);
    }

    private static StructureDocument.CaseEntry withSteps(StructureDocument.CaseEntry entry,
            List<StructureDocument.CaseStepEntry> steps) {
        return new StructureDocument.CaseEntry(entry.source(), entry.eventId(), entry.category(), entry.longitude(),
                entry.latitude(), entry.address(), entry.description(), entry.photos(), entry.receivedAt(), steps,
                entry.illustrative());
    }

    /** A case taken through these steps, twenty minutes apart, by its town and its department. */
    private static StructureDocument.CaseEntry standing(int serial, Category category, String town, double[] point,
            Instant received, String... actions) {
        List<StructureDocument.CaseStepEntry> steps = new ArrayList<>();
        Instant at = received;
        for (String action : actions) {
            at = at.plus(Duration.ofMinutes(20));
            boolean byDepartment = List.of("SIGN_FOR", "RETURN", "START_HANDLING", "RESPOND").contains(action);
            String by = byDepartment ? category.department() : town;
            steps.add(switch (action) {
                case "RETURN" -> step(at, action, by, "不属本部门职责，请改派");
                case "RESPOND" -> step(at, action, by, "已修复");
                case "VERIFY_FAILED" -> new StructureDocument.CaseStepEntry(at, "VERIFY", by, null, null,
                        "复核发现仍有破损", false, List.of());
                case "VERIFY" -> new StructureDocument.CaseStepEntry(at, "VERIFY", by, null, null, null, true,
                        List.of());
                default -> step(at, action, by);
            });
        }
        return new StructureDocument.CaseEntry("PATROL", eventId(serial, "PATROL"), category.code(), point[0],
                point[1], "嘉定区 " + (100 + serial) + " 号附近", category.descriptions().get(0), List.of(), received,
                steps, true);
    }

    /** A case outside every grid: the district files it to the nearest town, which dispatches it. */
    private static StructureDocument.CaseEntry outside(int serial, Category category, double[] point,
            Instant received, Random random) {
        List<StructureDocument.CaseStepEntry> steps = new ArrayList<>();
        Instant at = received.plus(minutes(random, 20, 60));
        steps.add(new StructureDocument.CaseStepEntry(at, "FILE", null, "jiangqiao", null, null, null, List.of()));
        steps.add(step(at.plus(Duration.ofMinutes(15)), "DISPATCH", "jiangqiao"));
        steps.add(step(at.plus(Duration.ofMinutes(45)), "SIGN_FOR", category.department()));
        return new StructureDocument.CaseEntry("HOTLINE_12345", eventId(serial, "HOTLINE_12345"), category.code(),
                point[0], point[1], "嘉定区与青浦区交界处", category.descriptions().get(0), List.of(), received, steps,
                true);
    }
}
