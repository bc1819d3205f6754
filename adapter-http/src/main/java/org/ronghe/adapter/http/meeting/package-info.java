/** HTTP routes: meetings of the collaboration mechanisms, follow-up tasks, the closed-loop views and the calendar. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.meeting;
