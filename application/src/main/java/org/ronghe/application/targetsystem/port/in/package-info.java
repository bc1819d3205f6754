/** Use cases of the target system (rule 8): define it, add indicators, report readings, read attainment and the dashboard. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.targetsystem.port.in;
