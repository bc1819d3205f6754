/** Use cases of city cases: taking in signals, each step of a case's loop, the case policy, and reading cases. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.cases.port.in;
