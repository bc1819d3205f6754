/** Where idempotency keys and their responses are kept. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.idempotency.port.out;
