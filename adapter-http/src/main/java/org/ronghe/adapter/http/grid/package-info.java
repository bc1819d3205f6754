/** HTTP routes of the three-level grid: plans, grids as of a day, GeoJSON, locating a point, coverage. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.grid;
