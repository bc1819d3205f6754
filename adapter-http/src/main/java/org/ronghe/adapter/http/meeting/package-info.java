/** HTTP routes: meetings of the collaboration mechanisms, their calendar and counts. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.meeting;
