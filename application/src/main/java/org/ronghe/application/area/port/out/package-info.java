/** What the area use cases need from storage. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.area.port.out;
