package org.ronghe.domain.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the grid a point lies in: the deepest level drawn there (a micro grid where the town has drawn
 * them, else its village or area grid). A point on an edge two grids of that level share lies in both: it
 * gets the one whose code comes first, so that the same point always gets the same answer. Built once per
 * version of the plans and day, and shared by every lookup.
 */
public final class GridIndex {

    private record Entry(Grid grid, PreparedGeometry shape) {
    }

    private static final Comparator<Entry> DEEPEST_THEN_FIRST_CODE = Comparator
            .comparing((Entry entry) -> entry.grid().level()).reversed()
            .thenComparing(entry -> entry.grid().code().value());

    private final STRtree tree = new STRtree();
    private final int size;

    /** The grids with their territory on the day. */
    public GridIndex(List<Grid> grids, java.time.LocalDate day) {
        for (Grid grid : grids) {
            Geometry shape = grid.territoryOn(day).geometry();
            tree.insert(shape.getEnvelopeInternal(), new Entry(grid, PreparedGeometryFactory.prepare(shape)));
        }
        tree.build(); // now, not on the first lookup: the index is shared by concurrent requests
        size = grids.size();
    }

    public Optional<Grid> locate(double longitude, double latitude) {
        Point point = Territory.GEOMETRIES.createPoint(new Coordinate(longitude, latitude));
        List<Entry> found = new ArrayList<>();
        for (Object candidate : tree.query(new Envelope(longitude, longitude, latitude, latitude))) {
            Entry entry = (Entry) candidate;
            if (entry.shape().covers(point)) {
                found.add(entry);
            }
        }
        return found.stream().min(DEEPEST_THEN_FIRST_CODE).map(Entry::grid);
    }

    public int size() {
        return size;
    }
}
