/** Use cases of the collaboration mechanisms: meetings, resolutions, follow-up tasks and their views. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.meeting.port.in;
