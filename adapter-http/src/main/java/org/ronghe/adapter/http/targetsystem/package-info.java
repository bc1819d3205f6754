/** HTTP routes of the target system: indicators, readings, attainment and the dashboard. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.targetsystem;
