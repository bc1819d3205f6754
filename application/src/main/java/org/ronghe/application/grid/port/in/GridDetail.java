package org.ronghe.application.grid.port.in;

import java.util.List;

/** A grid with the grids it lies in, the nearest first (for a micro grid: its village grid, then its area grid). */
public record GridDetail(GridView grid, List<GridView> parents) {

    public GridDetail {
        parents = List.copyOf(parents);
    }
}
