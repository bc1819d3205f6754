/** Use cases of co-work activities (the five forms) and their counts. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.activity.port.in;
