package org.ronghe.application.grid.port.in;

/** Where a point lies: its micro grid, the village and area grids above it, and the town. */
public record GridLocation(GridView micro, GridView village, GridView area) {
}
