package org.ronghe.application.grid.service;

import java.time.LocalDate;

import org.ronghe.application.grid.port.in.GridPlanView;
import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.domain.grid.Grid;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.Territory;

/** The views of plans and grids, as of a day. */
final class GridViews {

    private GridViews() {
    }

    static GridPlanView plan(GridPlan plan, String townName, LocalDate today) {
        var active = plan.activeOn(today);
        Territory town = plan.townTerritoryOn(today);
        return new GridPlanView(plan.getId(), plan.version(), plan.town(), townName, plan.state().townCode(),
                count(active, GridLevel.AREA), count(active, GridLevel.VILLAGE), count(active, GridLevel.MICRO),
                town == null ? plan.townTerritoryOn(plan.lastChange()) : town,
                town == null ? 0 : squareKilometres(town.squareMetres()), plan.lastChange());
    }

    static GridView grid(GridPlan plan, Grid grid, LocalDate day, OrganizationFactsOf names) {
        // a retired grid is shown as it last stood
        LocalDate shown = grid.activeOn(day) ? day : lastDayOf(grid, day);
        String parentCode = grid.parent() == null ? plan.state().townCode()
                : plan.state().grids().stream().filter(g -> g.id().equals(grid.parent())).findFirst()
                        .map(g -> g.code().value()).orElse(null);
        var responsible = grid.responsibleOn(shown);
        var territory = grid.territoryOn(shown);
        return new GridView(plan.getId(), plan.version(), plan.town(), names.nameOf(plan.town()), grid, parentCode,
                responsible, names.nameOf(responsible), territory, squareKilometres(territory.squareMetres()),
                grid.activeOn(day), day);
    }

    private static LocalDate lastDayOf(Grid grid, LocalDate day) {
        if (day.isBefore(grid.drawnOn())) {
            return grid.drawnOn();
        }
        return grid.retiredOn() == null || grid.retiredOn().equals(grid.drawnOn()) ? grid.drawnOn()
                : grid.retiredOn().minusDays(1);
    }

    static double squareKilometres(double squareMetres) {
        return Math.round(squareMetres / 10_000.0) / 100.0;
    }

    private static int count(java.util.List<Grid> grids, GridLevel level) {
        return (int) grids.stream().filter(grid -> grid.level() == level).count();
    }
}
