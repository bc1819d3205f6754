package org.ronghe.adapter.http.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.grid.GridRoleKind;

/** What the OpenAPI document says of the routes of {@link GridRoutes}. */
final class GridDocs {

    private static final Query AS_OF = Query.date("asOf").describedAs("the day to read the grids as of (today when left out)");

    static final ApiDocs DOCS = ApiDocs.of("grids",
            "三级网格 · The three-level grid (area, village/residential, micro) of each town, drawn as plans",
            ApiDoc.post("/api/v1/grid-plans", "defineGridPlan",
                    "draw a town's plan from GeoJSON: its territory and its grids, checked whole (the town's operators or an admin)")
                    .takes(DefineGridPlan.class)
                    .status(422, "the plan breaks a grid rule: the problem lists each rule, the grid codes and the area on the ground")
                    .answers("created", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.get("/api/v1/grid-plans", "getGridPlanOfTown", "the grid plan of one town")
                    .query(Query.uuid("townId").describedAs("the town (required)"), AS_OF)
                    .answers("found", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.get("/api/v1/grid-plans/{id}", "getGridPlan", "one town's grid plan: counts per level and area as of a day, version")
                    .query(AS_OF)
                    .answers("found", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.post("/api/v1/grid-plans/{id}/revise", "reviseGrids",
                    "redraw the grids of one parent from a day, whole: kept codes keep their grid, new codes draw one, codes left out retire with everything under them")
                    .takes(ReviseGrids.class)
                    .status(422, "the revision breaks a grid rule")
                    .answers("changed", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.post("/api/v1/grid-plans/{id}/assign", "assignGridResponsibility",
                    "another organization answers for a grid from a day")
                    .takes(AssignResponsibility.class)
                    .status(422, "the assignment breaks a grid rule")
                    .answers("changed", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.post("/api/v1/grid-plans/{id}/roles", "appointGridRoles",
                    "appoint a grid's chief and workers (names and positions only; the list replaces the one before)")
                    .takes(AppointRoles.class)
                    .answers("changed", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.post("/api/v1/grid-plans/{id}/retire", "retireGrid",
                    "retire a grid and everything under it from a day (only where its siblings still cover their parent, or it is the last)")
                    .takes(RetireGrid.class)
                    .status(422, "the retirement would leave its parent uncovered")
                    .answers("changed", Schema.of(GridRoutes.GridPlanResource.class)),
            ApiDoc.get("/api/v1/grids", "listGrids", "grids active on a day, by town code, level and code, with names beside ids")
                    .query(Query.oneOf("level", GridLevel.class).describedAs("only this level"),
                            Query.uuid("townId").describedAs("only this town's grids"),
                            Query.uuid("parentId").describedAs("only the grids lying in this grid"), AS_OF)
                    .query(Query.paging())
                    .answers("a page", Schema.page(GridRoutes.GridResource.class)),
            ApiDoc.get("/api/v1/grids.geojson", "gridsGeoJson",
                    "grids active on a day as an RFC 7946 FeatureCollection (exterior rings counter-clockwise, 7 decimals)")
                    .query(Query.oneOf("level", GridLevel.class).describedAs("only this level"),
                            Query.uuid("townId").describedAs("only this town's grids"), AS_OF)
                    .answersText("a GeoJSON FeatureCollection", GeoJson.MEDIA_TYPE),
            ApiDoc.get("/api/v1/grids/locate", "locateGrid",
                    "the micro grid a point lies in, with its village and area grids (the deepest level drawn there; lower levels null where a town has not drawn them); a point on a shared edge always gets the same one")
                    .query(new Query("lon", "{\"type\":\"number\"}", "longitude, WGS 84 (required)"),
                            new Query("lat", "{\"type\":\"number\"}", "latitude, WGS 84 (required)"), AS_OF)
                    .status(404, "the point lies outside every grid")
                    .answers("found", Schema.of(GridRoutes.LocationResource.class)),
            ApiDoc.get("/api/v1/grids/{id}", "getGrid", "one grid as of a day with its parents (nearest first) and its territory")
                    .query(AS_OF)
                    .answers("found", Schema.of(GridRoutes.GridDetailResource.class)),
            ApiDoc.get("/api/v1/grid-coverage", "gridCoverage",
                    "the no-omission-no-dead-corner report: counts per level, area in km² from the geometry, gaps, overlaps, grids without an organization, village organizations without a grid")
                    .query(Query.uuid("townId").describedAs("one town (every town with a plan when left out)"), AS_OF)
                    .answers("the report", Schema.of(GridRoutes.CoverageResource.class)));

    private GridDocs() {
    }

    enum GeometryType {
        Polygon, MultiPolygon
    }

    /** A GeoJSON Polygon or MultiPolygon in WGS 84 longitude/latitude. */
    record Geometry(GeometryType type, List<Object> coordinates) {
    }

    record Role(GridRoleKind kind, String name, @ApiDoc.Optional String position) {
    }

    /** A grid's properties; other properties (as an export carries) are ignored. */
    record GridProperties(@ApiDoc.Pattern("[A-Z][A-Z0-9]{1,11}-[AVM][0-9]{2,5}") String code, String name,
            @ApiDoc.Optional String parentCode, @ApiDoc.Optional UUID responsibleOrganizationId,
            @ApiDoc.Optional List<Role> roles) {
    }

    record Feature(@ApiDoc.OneOf("Feature") String type, Geometry geometry, GridProperties properties) {
    }

    record FeatureCollection(@ApiDoc.OneOf("FeatureCollection") String type, @ApiDoc.MaxItems(5000) List<Feature> features) {
    }

    /** The body of {@code POST /api/v1/grid-plans}. */
    record DefineGridPlan(UUID townId, @ApiDoc.Pattern("[A-Z][A-Z0-9]{1,11}") String townCode, LocalDate on,
            Geometry territory, @ApiDoc.Optional FeatureCollection grids) {
    }

    /** The body of {@code POST /api/v1/grid-plans/{id}/revise}. */
    record ReviseGrids(@ApiDoc.Optional String parentCode, LocalDate on, @ApiDoc.Optional FeatureCollection grids) {
    }

    /** The body of {@code POST /api/v1/grid-plans/{id}/assign}. */
    record AssignResponsibility(String code, UUID responsibleOrganizationId, LocalDate on) {
    }

    /** The body of {@code POST /api/v1/grid-plans/{id}/retire}. */
    record RetireGrid(String code, LocalDate on) {
    }

    /** The body of {@code POST /api/v1/grid-plans/{id}/roles}. */
    record AppointRoles(String code, @ApiDoc.Optional List<Role> roles) {
    }
}
