/** HTTP routes: fusion committees, their members and rules, and organizations' seats. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.committee;
