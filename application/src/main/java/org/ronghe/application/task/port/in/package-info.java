/** Follow-up tasks: born of a meeting's resolution, worked on, done, verified or reopened. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.task.port.in;
