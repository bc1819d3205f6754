/** What the committee use cases need from storage. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.committee.port.out;
