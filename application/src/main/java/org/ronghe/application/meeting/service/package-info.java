/** The services behind the meeting and task use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.meeting.service;
