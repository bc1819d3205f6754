/** Running a creating request at most once per idempotency key. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.idempotency.port.in;
