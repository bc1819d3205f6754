/** What the token use cases need from storage. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.access.port.out;
