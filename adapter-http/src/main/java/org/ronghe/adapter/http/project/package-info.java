/** HTTP routes: domain projects, the domain catalogue, the responsibility map and overdue commitments. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.project;
