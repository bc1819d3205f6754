/** Use cases of the three-level grid: drawing and revising a town's plan, and reading grids as of a day. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.grid.port.in;
