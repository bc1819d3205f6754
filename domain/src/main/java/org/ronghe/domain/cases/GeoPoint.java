package org.ronghe.domain.cases;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.InvalidValueException;

/** Where a signal happened: WGS 84, longitude first, rounded to 7 decimals (about a centimetre), inside China. */
public record GeoPoint(double longitude, double latitude) implements ValueObject {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double SCALE = 1e7;

    public GeoPoint {
        if (!(longitude >= 73.0 && longitude <= 136.0 && latitude >= 3.0 && latitude <= 54.0)) {
            throw new InvalidValueException("location", String.format(java.util.Locale.ROOT,
                    "(%s, %s) lies outside China (longitude 73 to 136, then latitude 3 to 54, in WGS 84)", longitude,
                    latitude));
        }
        longitude = Math.round(longitude * SCALE) / SCALE;
        latitude = Math.round(latitude * SCALE) / SCALE;
    }

    /** A box of longitudes and latitudes, for a store's index to find candidates near a point. */
    public record Box(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {
    }

    /**
     * A box holding every point within {@code metres} of this one (a little more: a degree of latitude is taken
     * as 111 km, so nothing within the distance falls outside); the exact distance decides afterwards.
     */
    public Box around(int metres) {
        double dLatitude = metres / 111_000.0;
        double dLongitude = metres / (111_000.0 * Math.cos(Math.toRadians(latitude)));
        return new Box(longitude - dLongitude, latitude - dLatitude, longitude + dLongitude, latitude + dLatitude);
    }

    /** The distance on the ground in metres (haversine on the mean earth radius: within 0.5 % at city scale). */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
