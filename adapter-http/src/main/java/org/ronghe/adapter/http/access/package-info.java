/** HTTP routes: API tokens (ADMIN only). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.access;
