/** Use cases on API tokens: issue, list, revoke, authenticate, bootstrap. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.access.port.in;
