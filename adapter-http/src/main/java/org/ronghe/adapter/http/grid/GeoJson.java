package org.ronghe.adapter.http.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.shared.Violations;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GeoJSON (RFC 7946) in and out: a Polygon or MultiPolygon read into a {@link Territory}, every fault of
 * its structure named by where it is ({@code grids.features[3].geometry.coordinates[0][2]}); and a
 * territory written with exterior rings counter-clockwise and coordinates to 7 decimals.
 */
final class GeoJson {

    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    /** The territory of a GeoJSON geometry, or null with the faults added to the violations. */
    static Territory territory(String field, JsonNode geometry, Violations violations) {
        if (geometry == null || !geometry.isObject()) {
            violations.add(field, "must be a GeoJSON geometry object (Polygon or MultiPolygon)");
            return null;
        }
        JsonNode type = geometry.get("type");
        JsonNode coordinates = geometry.get("coordinates");
        String kind = type == null || !type.isTextual() ? "" : type.asText();
        if (!kind.equals("Polygon") && !kind.equals("MultiPolygon")) {
            violations.add(field + ".type", "must be Polygon or MultiPolygon");
            return null;
        }
        int before = violations.size();
        List<List<List<double[]>>> polygons = new ArrayList<>();
        if (kind.equals("Polygon")) {
            polygons.add(polygon(field + ".coordinates", coordinates, violations));
        } else if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            violations.add(field + ".coordinates", "must be an array of polygons");
        } else {
            for (int i = 0; i < coordinates.size(); i++) {
                polygons.add(polygon(field + ".coordinates[" + i + "]", coordinates.get(i), violations));
            }
        }
        if (violations.size() > before) {
            return null;
        }
        return violations.check(() -> Territory.ofPolygons(field, polygons));
    }

    private static List<List<double[]>> polygon(String field, JsonNode rings, Violations violations) {
        List<List<double[]>> polygon = new ArrayList<>();
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            violations.add(field, "must be an array of linear rings");
            return polygon;
        }
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            String at = field + "[" + r + "]";
            if (!ring.isArray()) {
                violations.add(at, "must be an array of positions");
                continue;
            }
            List<double[]> positions = new ArrayList<>();
            for (int p = 0; p < ring.size(); p++) {
                JsonNode position = ring.get(p);
                if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    violations.add(at + "[" + p + "]", "must be a position [longitude, latitude]");
                    return polygon;
                }
                positions.add(new double[] {position.get(0).asDouble(), position.get(1).asDouble()});
            }
            polygon.add(positions);
        }
        return polygon;
    }

    /** Grids as an RFC 7946 FeatureCollection, each with its id, code, level, name, parent and organization. */
    static Map<String, Object> featureCollection(List<GridView> grids) {
        List<Object> features = new ArrayList<>();
        for (GridView view : grids) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", view.grid().id().toString());
            properties.put("code", view.grid().code().value());
            properties.put("level", view.grid().level().name());
            properties.put("name", view.grid().name());
            properties.put("parentId", view.grid().parent() == null ? null : view.grid().parent().toString());
            properties.put("parentCode", view.parentCode());
            properties.put("responsibleOrganizationId", view.responsible() == null ? null : view.responsible().toString());
            properties.put("responsibleOrganizationName", view.responsibleName());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", view.grid().id().toString());
            feature.put("geometry", geometry(view.territory()));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    /** A territory as a GeoJSON geometry. */
    static Map<String, Object> geometry(Territory territory) {
        var polygons = territory.polygons();
        Map<String, Object> geometry = new LinkedHashMap<>();
        if (polygons.size() == 1) {
            geometry.put("type", "Polygon");
            geometry.put("coordinates", rings(polygons.get(0)));
        } else {
            geometry.put("type", "MultiPolygon");
            geometry.put("coordinates", polygons.stream().map(GeoJson::rings).toList());
        }
        return geometry;
    }

    private static List<List<double[]>> rings(List<List<double[]>> polygon) {
        return polygon.stream().map(ring -> ring.stream().map(p -> new double[] {sevenDecimals(p[0]),
                sevenDecimals(p[1])}).toList()).toList();
    }

    private static double sevenDecimals(double value) {
        return Math.round(value * 1e7) / 1e7;
    }
}
