/** Use cases on the areas of the functional layout. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.area.port.in;
