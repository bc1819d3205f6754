/** Use cases on domain projects, their agreements, progress, and the responsibility views. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.project.port.in;
