/** Reading the audit trail. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.audit.port.in;
