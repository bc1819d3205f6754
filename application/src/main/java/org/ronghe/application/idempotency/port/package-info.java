/** Types shared by the idempotency ports. */
@org.jmolecules.architecture.hexagonal.Port
package org.ronghe.application.idempotency.port;
