package org.ronghe.adapter.http.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.ronghe.domain.grid.Territory;

/**
 * The generator of the Jiading New City grids of the demo data set (issue 19), deterministic from a fixed
 * seed: the nine towns tile a rectangle of 161.7 km² around the new city; each town's micro grids are the
 * Voronoi cells of random sites clipped to it (JTS, snapped to the 7 decimals a territory keeps); village
 * grids are unions of the micro grids nearest to a chosen micro grid, area grids unions of the village grids
 * nearest to a chosen village grid, so that every parent is exactly the union of its children. 53 area,
 * 359 village and 1,882 micro grids in all, shared among the towns by their area. The village and
 * residential organizations answering for them (two village grids each) are added, illustrative.
 *
 * <p>Illustrative throughout: the real boundaries are not public. {@code JiadingGridsTest} holds the data
 * set to what this generates; to write it again: {@code mvn -pl adapter-http test -Dtest=JiadingGridsTest
 * -Dronghe.writeDataSet=true}.
 */
final class JiadingGrids {

    static final LocalDate DRAWN = LocalDate.of(2022, 1, 1);
    static final long SEED = 20_230_404L;
    static final int AREAS = 53;
    static final int VILLAGES = 359;
    static final int MICRO = 1_882;
    static final double SQUARE_KILOMETRES = 161.7;
    private static final double WEST = 121.20;
    private static final double SOUTH = 31.30;
    private static final double NORTH = 31.42;
    private static final double[] COLUMNS = {0, 0.36, 0.68, 1};
    private static final double[] ROWS = {0, 0.3, 0.64, 1};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "胡",
            "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(1e7), 4326);

    /** A town of the new city: its key in the data set, its short name, the code its grids' codes start with. */
    record Town(String key, String shortName, String code) {
    }

    /** South-west to north-east, row by row (illustrative placement). */
    static final List<Town> TOWNS = List.of(
            new Town("jiangqiao", "江桥镇", "JQ"), new Town("nanxiang", "南翔镇", "NX"),
            new Town("industrial", "嘉定工业区", "GYQ"), new Town("anting", "安亭镇", "AT"),
            new Town("malu", "马陆镇", "ML"), new Town("xinchenglu", "新成路街道", "XCL"),
            new Town("waigang", "外冈镇", "WG"), new Town("jiading-town", "嘉定镇街道", "JDJ"),
            new Town("juyuan", "菊园新区", "JY"));

    /** The organizations to add and the towns' plans. */
    record Generated(List<StructureDocument.OrganizationEntry> organizations,
            List<StructureDocument.GridPlanEntry> plans) {
    }

    private JiadingGrids() {
    }

    /** @param villagesAlready village organizations the data set has already, by town key (they come first) */
    static Generated generate(Map<String, List<String>> villagesAlready) {
        double east = WEST + longitudeSpan();
        List<Geometry> territories = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                territories.add(rectangle(WEST + (east - WEST) * COLUMNS[column], SOUTH + (NORTH - SOUTH) * ROWS[row],
                        WEST + (east - WEST) * COLUMNS[column + 1], SOUTH + (NORTH - SOUTH) * ROWS[row + 1]));
            }
        }
        int[] areas = shares(territories, AREAS);
        int[] villages = shares(territories, VILLAGES);
        int[] micro = shares(territories, MICRO);
        List<StructureDocument.OrganizationEntry> organizations = new ArrayList<>();
        List<StructureDocument.GridPlanEntry> plans = new ArrayList<>();
        for (int t = 0; t < TOWNS.size(); t++) {
            Town town = TOWNS.get(t);
            List<String> responsible = new ArrayList<>(villagesAlready.getOrDefault(town.key(), List.of()));
            int needed = (villages[t] + 1) / 2;
            for (int n = responsible.size() + 1; responsible.size() < needed; n++) {
                String key = town.key() + "-village-" + n;
                organizations.add(new StructureDocument.OrganizationEntry(key, "VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION",
                        town.shortName() + "第" + n + "村居党组织", null, town.key(), null, true, false));
                responsible.add(key);
            }
            plans.add(plan(town, territories.get(t), areas[t], villages[t], micro[t], responsible,
                    new Random(SEED + t)));
        }
        return new Generated(organizations, plans);
    }

    private static StructureDocument.GridPlanEntry plan(Town town, Geometry territory, int areaCount, int villageCount,
            int microCount, List<String> villageOrganizations, Random random) {
        Envelope box = territory.getEnvelopeInternal();
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < microCount; i++) {
            sites.add(new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight()));
        }
        var builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(box);
        Geometry diagram = builder.getDiagram(GEOMETRIES);
        List<Geometry> cells = new ArrayList<>();
        List<Coordinate> cellSites = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            cells.add(OverlayNG.overlay(cell, territory, OverlayNG.INTERSECTION, GEOMETRIES.getPrecisionModel()));
            cellSites.add((Coordinate) cell.getUserData());
        }
        // village centres: micro sites chosen at random; each micro grid joins the nearest
        List<Integer> villageCentres = pick(cells.size(), villageCount, random);
        int[] villageOf = nearest(cellSites, villageCentres, cellSites);
        List<Coordinate> villageSites = villageCentres.stream().map(cellSites::get).toList();
        List<Integer> areaCentres = pick(villageCount, areaCount, random);
        int[] areaOf = nearest(villageSites, areaCentres, villageSites);

        List<StructureDocument.GridEntry> grids = new ArrayList<>();
        // codes in reading order: north to south, then west to east, by each grid's site
        Comparator<Integer> byVillageSite = Comparator.<Integer>comparingDouble(v -> -villageSites.get(v).y)
                .thenComparingDouble(v -> villageSites.get(v).x);
        List<Integer> areaOrder = new ArrayList<>(java.util.stream.IntStream.range(0, areaCount).boxed().toList());
        areaOrder.sort((x, y) -> byVillageSite.compare(areaCentres.get(x), areaCentres.get(y)));
        int villageSerial = 0;
        int microSerial = 0;
        for (int a = 0; a < areaOrder.size(); a++) {
            int area = areaOrder.get(a);
            String areaCode = String.format("%s-A%02d", town.code(), a + 1);
            List<Integer> villagesOfArea = new ArrayList<>();
            for (int v = 0; v < villageCount; v++) {
                if (areaOf[v] == area) {
                    villagesOfArea.add(v);
                }
            }
            villagesOfArea.sort(byVillageSite);
            List<Geometry> areaCells = new ArrayList<>();
            List<StructureDocument.GridEntry> below = new ArrayList<>();
            for (int village : villagesOfArea) {
                String villageCode = String.format("%s-V%03d", town.code(), ++villageSerial);
                String organization = villageOrganizations.get((villageSerial - 1) / 2);
                List<Integer> microOfVillage = new ArrayList<>();
                for (int m = 0; m < cells.size(); m++) {
                    if (villageOf[m] == village) {
                        microOfVillage.add(m);
                    }
                }
                microOfVillage.sort(Comparator.<Integer>comparingDouble(m -> -cellSites.get(m).y)
                        .thenComparingDouble(m -> cellSites.get(m).x));
                List<Geometry> villageCells = new ArrayList<>();
                List<StructureDocument.GridEntry> micros = new ArrayList<>();
                for (int m : microOfVillage) {
                    microSerial++;
                    villageCells.add(cells.get(m));
                    micros.add(new StructureDocument.GridEntry(String.format("%s-M%04d", town.code(), microSerial),
                            town.shortName() + "第" + microSerial + "小微网格", villageCode, organization,
                            wkt(cells.get(m)), List.of(role("WORKER", microSerial, "专职网格员"))));
                }
                areaCells.addAll(villageCells);
                below.add(new StructureDocument.GridEntry(villageCode, town.shortName() + "第" + villageSerial + "村居网格",
                        areaCode, organization, wkt(union(villageCells)),
                        List.of(role("CHIEF", villageSerial + 7, "村居党组织书记"))));
                below.addAll(micros);
            }
            grids.add(new StructureDocument.GridEntry(areaCode, town.shortName() + "第" + (a + 1) + "片区网格", null,
                    town.key(), wkt(union(areaCells)), List.of(role("CHIEF", a + 3, "片区网格长"))));
            grids.addAll(below);
        }
        return new StructureDocument.GridPlanEntry(town.key(), town.code(), DRAWN, wkt(territory), grids, true);
    }

    private static StructureDocument.GridRoleEntry role(String kind, int serial, String position) {
        return new StructureDocument.GridRoleEntry(kind, SURNAMES[serial % SURNAMES.length] + "某", position);
    }

    private static Geometry union(List<Geometry> cells) {
        return CoverageUnion.union(GEOMETRIES.buildGeometry(cells));
    }

    /** Through {@link Territory}: checked as the store checks it, normalized as it keeps it. */
    private static String wkt(Geometry geometry) {
        return Territory.fromWkt("territory", new WKTWriter().write(geometry)).wkt();
    }

    private static List<Integer> pick(int from, int count, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < from; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        return new ArrayList<>(all.subList(0, count));
    }

    /** For each point, the index (into centres) of the nearest centre; the first on a tie. */
    private static int[] nearest(List<Coordinate> points, List<Integer> centres, List<Coordinate> sites) {
        int[] nearest = new int[points.size()];
        for (int p = 0; p < points.size(); p++) {
            double best = Double.MAX_VALUE;
            for (int c = 0; c < centres.size(); c++) {
                double distance = points.get(p).distance(sites.get(centres.get(c)));
                if (distance < best) {
                    best = distance;
                    nearest[p] = c;
                }
            }
        }
        return nearest;
    }

    /** Counts proportional to the towns' areas, summing to the total (largest remainders). */
    private static int[] shares(List<Geometry> territories, int total) {
        double[] areas = territories.stream().mapToDouble(t -> Territory.fromWkt("t", new WKTWriter().write(t))
                .squareMetres()).toArray();
        double sum = java.util.Arrays.stream(areas).sum();
        int[] counts = new int[areas.length];
        TreeMap<Double, Integer> remainders = new TreeMap<>(Comparator.reverseOrder());
        int given = 0;
        for (int i = 0; i < areas.length; i++) {
            double exact = total * areas[i] / sum;
            counts[i] = (int) Math.floor(exact);
            given += counts[i];
            remainders.put(exact - counts[i] + i * 1e-12, i);
        }
        for (int i : remainders.values()) {
            if (given == total) {
                break;
            }
            counts[i]++;
            given++;
        }
        return counts;
    }

    /** The longitude span that makes the rectangle 161.7 km² on the ground (equal-area sphere). */
    private static double longitudeSpan() {
        double radius = 6_371_007.2;
        double band = Math.sin(Math.toRadians(NORTH)) - Math.sin(Math.toRadians(SOUTH));
        double radians = SQUARE_KILOMETRES * 1e6 / (radius * radius * band);
        return Math.round(Math.toDegrees(radians) * 1e7) / 1e7;
    }

    private static Geometry rectangle(double west, double south, double east, double north) {
        double w = Math.round(west * 1e7) / 1e7;
        double s = Math.round(south * 1e7) / 1e7;
        double e = Math.round(east * 1e7) / 1e7;
        double n = Math.round(north * 1e7) / 1e7;
        return GEOMETRIES.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
                new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }
}
