package org.ronghe.domain.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmolecules.ddd.types.ValueObject;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * Where a grid or a town lies: a polygon or multipolygon in WGS 84 longitude/latitude (the one coordinate
 * system of a store, as GeoJSON requires), held to 7 decimals (about 1 cm), valid (closed rings, no
 * self-intersection) and inside China's range, so that coordinates given latitude first, or in another
 * system's metres, are refused rather than stored. Areas are computed from the geometry, never typed in.
 */
public final class Territory implements ValueObject {

    /** Longitude and latitude China's territory lies within (with its islands). */
    static final double MIN_LONGITUDE = 73.0;
    static final double MAX_LONGITUDE = 136.0;
    static final double MIN_LATITUDE = 3.0;
    static final double MAX_LATITUDE = 54.0;
    /** More than any real grid's boundary has; bounds the work one territory can ask of the rules. */
    static final int MAX_VERTICES = 20_000;

    static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(1e7), 4326);

    private final Geometry geometry;

    private Territory(Geometry geometry) {
        this.geometry = geometry;
    }

    /**
     * A territory from polygons given as GeoJSON gives them: each polygon a list of rings (the exterior
     * first, then holes), each ring a closed list of {@code [longitude, latitude]} positions.
     */
    public static Territory ofPolygons(String field, List<List<List<double[]>>> polygons) {
        if (polygons == null || polygons.isEmpty()) {
            throw new InvalidValueException(field, "needs at least one polygon");
        }
        List<Polygon> built = new ArrayList<>();
        for (List<List<double[]>> rings : polygons) {
            if (rings == null || rings.isEmpty()) {
                throw new InvalidValueException(field, "holds a polygon without rings");
            }
            List<LinearRing> linear = new ArrayList<>();
            for (List<double[]> ring : rings) {
                linear.add(ring(field, ring));
            }
            built.add(GEOMETRIES.createPolygon(linear.get(0), linear.subList(1, linear.size()).toArray(LinearRing[]::new)));
        }
        Geometry geometry = built.size() == 1 ? built.get(0) : GEOMETRIES.createMultiPolygon(built.toArray(Polygon[]::new));
        return checked(field, geometry);
    }

    /** A territory read back from its well-known text (how stores keep it). */
    public static Territory fromWkt(String field, String wkt) {
        if (wkt == null || wkt.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            return checked(field, new WKTReader(GEOMETRIES).read(wkt));
        } catch (ParseException e) {
            throw new InvalidValueException(field, "is not well-known text of a polygon: " + e.getMessage());
        }
    }

    private static LinearRing ring(String field, List<double[]> positions) {
        if (positions == null || positions.size() < 4) {
            throw new InvalidValueException(field, "holds a ring of fewer than 4 positions (a closed ring repeats its first)");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            double[] position = positions.get(i);
            if (position == null || position.length < 2) {
                throw new InvalidValueException(field, "holds a position without longitude and latitude");
            }
            coordinates[i] = new Coordinate(position[0], position[1]);
            GEOMETRIES.getPrecisionModel().makePrecise(coordinates[i]);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidValueException(field, "holds a ring that is not closed (its last position must repeat its"
                    + " first)");
        }
        return GEOMETRIES.createLinearRing(coordinates);
    }

    private static Territory checked(String field, Geometry geometry) {
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()) {
            throw new InvalidValueException(field, "must be a polygon or a multipolygon that is not empty");
        }
        if (geometry.getNumPoints() > MAX_VERTICES) {
            throw new InvalidValueException(field, "has more than " + MAX_VERTICES + " vertices");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= MIN_LONGITUDE && c.x <= MAX_LONGITUDE && c.y >= MIN_LATITUDE && c.y <= MAX_LATITUDE)) {
                throw new InvalidValueException(field, String.format(Locale.ROOT, "has the position [%s, %s] outside"
                        + " China (longitude %s to %s, then latitude %s to %s, in WGS 84)", c.x, c.y, MIN_LONGITUDE,
                        MAX_LONGITUDE, MIN_LATITUDE, MAX_LATITUDE));
            }
        }
        var error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new InvalidValueException(field, "is not a valid polygon: " + error.getMessage().toLowerCase(Locale.ROOT)
                    + (at == null ? "" : String.format(Locale.ROOT, " at [%s, %s]", at.x, at.y)));
        }
        Geometry normalized = geometry.copy();
        normalized.normalize();
        return new Territory(normalized);
    }

    /**
     * The polygons as GeoJSON (RFC 7946) wants them: exterior rings counter-clockwise, holes clockwise,
     * each position {@code [longitude, latitude]}.
     */
    public List<List<List<double[]>>> polygons() {
        List<List<List<double[]>>> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            List<List<double[]>> rings = new ArrayList<>();
            rings.add(positions(polygon.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(positions(polygon.getInteriorRingN(h).getCoordinates(), false));
            }
            polygons.add(rings);
        }
        return polygons;
    }

    private static List<double[]> positions(Coordinate[] ring, boolean counterClockwise) {
        boolean reverse = Orientation.isCCW(ring) != counterClockwise;
        List<double[]> positions = new ArrayList<>(ring.length);
        for (int i = 0; i < ring.length; i++) {
            Coordinate c = ring[reverse ? ring.length - 1 - i : i];
            positions.add(new double[] {c.x, c.y});
        }
        return positions;
    }

    /** The area on the ground in square metres (an equal-area projection of the sphere). */
    public double squareMetres() {
        return EqualArea.squareMetres(geometry);
    }

    /** Whether the point lies inside or on the boundary. */
    public boolean covers(double longitude, double latitude) {
        return geometry.covers(GEOMETRIES.createPoint(new Coordinate(longitude, latitude)));
    }

    /** The well-known text stores keep (7 decimals, exact for a territory's coordinates). */
    public String wkt() {
        return new WKTWriter().write(geometry);
    }

    /** For the grid rules, never handed out of the domain. */
    Geometry geometry() {
        return geometry;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Territory t && geometry.equalsExact(t.geometry);
    }

    @Override
    public int hashCode() {
        return geometry.getEnvelopeInternal().hashCode();
    }

    @Override
    public String toString() {
        return "Territory[" + geometry.getGeometryType() + ", " + geometry.getNumPoints() + " vertices]";
    }
}
