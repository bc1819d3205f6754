/** Use cases on organizations: what a primary adapter (HTTP, CLI, an embedding system) may ask for. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.organization.port.in;
