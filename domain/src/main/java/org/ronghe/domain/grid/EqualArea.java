package org.ronghe.domain.grid;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas on the ground from longitude/latitude: JTS measures in the units of its coordinates, and a
 * square degree shrinks towards the poles. The geometry is projected with the sinusoidal projection,
 * which keeps areas on the sphere exactly (whatever its central meridian), and measured by JTS.
 */
final class EqualArea {

    /** The radius of the sphere with the WGS 84 ellipsoid's surface area, in metres. */
    static final double AUTHALIC_RADIUS = 6_371_007.2;

    private EqualArea() {
    }

    static double squareMetres(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return 0;
        }
        Geometry projected = lonLat.copy();
        projected.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                double longitude = Math.toRadians(sequence.getX(i));
                double latitude = Math.toRadians(sequence.getY(i));
                sequence.setOrdinate(i, 0, AUTHALIC_RADIUS * longitude * Math.cos(latitude));
                sequence.setOrdinate(i, 1, AUTHALIC_RADIUS * latitude);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return projected.getArea();
    }
}
