/** The HTTP routes of follow-up tasks and the closed loop. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.task;
