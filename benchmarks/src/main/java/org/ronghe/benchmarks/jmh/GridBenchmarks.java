package org.ronghe.benchmarks.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ronghe.adapter.http.dataset.StructureDocument;
import org.ronghe.domain.grid.Dated;
import org.ronghe.domain.grid.Grid;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridIndex;
import org.ronghe.domain.grid.GridPlanRules;
import org.ronghe.domain.grid.OrganizationFacts;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.server.DataSets;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The grids' hot paths (issue 19), in the domain: locating a point among every active grid of the store
 * (what {@code GET /api/v1/grids/locate} asks of its index), on the Jiading New City data set (2,294 grids)
 * and at province scale (the Jiading plans repeated over 100 districts: about 190,000 micro grids); and
 * checking one town's whole plan against every grid rule (what a plan or revision costs).
 * {@code java -jar ronghe-benchmarks.jar Grid}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class GridBenchmarks {

    private static final LocalDate DAY = LocalDate.of(2023, 4, 4);
    private static final Pattern NUMBER = Pattern.compile("(\\d+\\.\\d+) (\\d+\\.\\d+)");

    @Param({ "DISTRICT", "PROVINCE" })
    public String scale;

    private GridIndex index;
    private double[][] points;
    private int next;
    private List<Grid> largestTown;
    private Territory largestTerritory;
    private String largestCode;
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());

    @Setup
    public void load() {
        var plans = DataSets.jiading().gridPlans();
        int districts = scale.equals("PROVINCE") ? 100 : 1;
        List<Grid> all = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            // districts side by side, 0.2° apart: a plan moved, not redrawn
            double east = (d % 10) * 0.2;
            double north = (d / 10) * 0.2;
            for (var plan : plans) {
                List<Grid> grids = grids(plan, east, north);
                all.addAll(grids);
                if (d == 0 && (largestTown == null || grids.size() > largestTown.size())) {
                    largestTown = grids;
                    largestTerritory = Territory.fromWkt("t", moved(plan.territory(), east, north));
                    largestCode = plan.townCode();
                }
            }
        }
        index = new GridIndex(all, DAY);
        Random random = new Random(42);
        points = new double[10_000][];
        for (int i = 0; i < points.length; i++) {
            int d = random.nextInt(districts);
            points[i] = new double[] {121.20 + (d % 10) * 0.2 + random.nextDouble() * 0.14,
                    31.30 + (d / 10) * 0.2 + random.nextDouble() * 0.12};
        }
    }

    private List<Grid> grids(StructureDocument.GridPlanEntry plan, double east, double north) {
        var ids = new java.util.HashMap<String, GridId>();
        plan.grids().forEach(g -> ids.put(g.code(), new GridId(UUID.randomUUID())));
        List<Grid> grids = new ArrayList<>();
        for (var g : plan.grids()) {
            grids.add(new Grid(ids.get(g.code()), new GridCode(g.code()), g.name(),
                    g.parentCode() == null ? null : ids.get(g.parentCode()),
                    List.of(new Dated<>(plan.on(), null, Territory.fromWkt("t", moved(g.territory(), east, north)))),
                    List.of(new Dated<>(plan.on(), null, g.parentCode() == null ? town : new OrganizationId(
                            UUID.nameUUIDFromBytes(g.responsible().getBytes())))), List.of(), plan.on(), null));
        }
        return grids;
    }

    private static String moved(String wkt, double east, double north) {
        if (east == 0 && north == 0) {
            return wkt;
        }
        Matcher m = NUMBER.matcher(wkt);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, (Math.round((Double.parseDouble(m.group(1)) + east) * 1e7) / 1e7) + " "
                    + (Math.round((Double.parseDouble(m.group(2)) + north) * 1e7) / 1e7));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One lookup of a point somewhere in the store's territory. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Optional<Grid> locate() {
        double[] point = points[next++ % points.length];
        return index.locate(point[0], point[1]);
    }

    /** Every rule over the largest town's whole plan (298 grids), as a plan or revision is checked. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int validateTownPlan() {
        return GridPlanRules.check(town, largestCode, largestTerritory, largestTown, DAY, EVERY_VILLAGE_UNDER_THE_TOWN)
                .size();
    }

    private static final OrganizationFacts EVERY_VILLAGE_UNDER_THE_TOWN = new OrganizationFacts() {
        @Override
        public Optional<OrganizationKind> kindOf(OrganizationId organization) {
            return Optional.of(OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION);
        }

        @Override
        public boolean sitsUnder(OrganizationId organization, OrganizationId town) {
            return true;
        }

        @Override
        public List<OrganizationId> villageOrganizationsOf(OrganizationId town) {
            return List.of();
        }
    };
}
