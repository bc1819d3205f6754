package org.ronghe.application.grid.port.in;

/**
 * Where a point lies: its micro grid, the village and area grids above it, and the town. Where a town has
 * not drawn the lower levels yet, the deepest grid found is given and the levels below it are null.
 */
public record GridLocation(GridView micro, GridView village, GridView area) {
}
