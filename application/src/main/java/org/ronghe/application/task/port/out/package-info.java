/** What the task use cases need from storage. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.task.port.out;
