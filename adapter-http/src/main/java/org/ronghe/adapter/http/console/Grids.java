package org.ronghe.adapter.http.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.Ronghe;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.organization.OrganizationId;

/** The grid map, projected here from longitude and latitude to the page (equirectangular at the map's latitude). */
final class Grids {

    static final int WIDTH = 800;
    private static final int MARGIN = 8;

    private final Ronghe ronghe;
    private final Messages messages;

    Grids(Ronghe ronghe, Messages messages) {
        this.ronghe = ronghe;
        this.messages = messages;
    }

    GridMapPage map(Frame frame, GridLevel level, OrganizationId town, Towns towns, LocalDate asOf, Instant at) {
        List<GridView> grids = ronghe.grids().queries().territories(level, town, asOf);
        Map<GridId, Integer> open = new HashMap<>();
        int total = 0;
        for (CaseView c : Page.every(page -> ronghe.cases().queries().cases(new CaseCriteria(null, town, null, null,
                null, null).open(true), page, at))) {
            var routing = c.cityCase().progress().routing();
            GridId grid = switch (level) {
                case AREA -> routing.areaGrid();
                case VILLAGE -> routing.villageGrid();
                case MICRO -> routing.microGrid();
            };
            if (grid != null) {
                open.merge(grid, 1, Integer::sum);
            }
            total++;
        }
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (var g : grids) {
            for (var polygon : g.territory().polygons()) {
                for (var ring : polygon) {
                    for (double[] p : ring) {
                        minLon = Math.min(minLon, p[0]);
                        maxLon = Math.max(maxLon, p[0]);
                        minLat = Math.min(minLat, p[1]);
                        maxLat = Math.max(maxLat, p[1]);
                    }
                }
            }
        }
        List<GridMapPage.Shape> shapes = new ArrayList<>();
        int height = 200;
        if (!grids.isEmpty()) {
            double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double spanX = Math.max(1e-9, (maxLon - minLon) * cos);
            double spanY = Math.max(1e-9, maxLat - minLat);
            double scale = (WIDTH - 2 * MARGIN) / spanX;
            height = (int) Math.ceil(spanY * scale) + 2 * MARGIN;
            for (var g : grids) {
                var path = new StringBuilder();
                for (var polygon : g.territory().polygons()) {
                    for (var ring : polygon) {
                        for (int i = 0; i < ring.size(); i++) {
                            double x = MARGIN + (ring.get(i)[0] - minLon) * cos * scale;
                            double y = MARGIN + (maxLat - ring.get(i)[1]) * scale;
                            path.append(i == 0 ? "M" : "L").append(round(x)).append(' ').append(round(y));
                        }
                        path.append('Z');
                    }
                }
                int count = open.getOrDefault(g.grid().id(), 0);
                shapes.add(new GridMapPage.Shape(g.grid().id().toString(), g.grid().code().toString(), g.grid().name(),
                        g.townName(), g.responsibleName() == null ? "—" : g.responsibleName(), path.toString(),
                        heat(count), count));
            }
        }
        shapes.sort(Comparator.comparing(GridMapPage.Shape::openCases).reversed()
                .thenComparing(GridMapPage.Shape::code));
        var levels = Arrays.stream(GridLevel.values()).map(l -> new Choice(l.name(), messages.label(l,
                Messages.Language.ZH), l == level)).toList();
        var legend = List.of(new GridMapPage.Legend("heat-0", "无未结案件"), new GridMapPage.Legend("heat-1", "1–2 件"),
                new GridMapPage.Legend("heat-2", "3–5 件"), new GridMapPage.Legend("heat-3", "6 件以上"));
        return new GridMapPage(frame, levels, towns.choices(town), WIDTH, height, shapes, legend, total);
    }

    static String heat(int openCases) {
        return openCases == 0 ? "heat-0" : openCases <= 2 ? "heat-1" : openCases <= 5 ? "heat-2" : "heat-3";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
