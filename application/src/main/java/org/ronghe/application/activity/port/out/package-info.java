/** What the co-work activity use cases need from storage. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.activity.port.out;
