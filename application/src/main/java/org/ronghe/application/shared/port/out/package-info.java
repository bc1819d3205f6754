/** What the application needs from outside, for every aggregate: time, ids, transactions. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.shared.port.out;
