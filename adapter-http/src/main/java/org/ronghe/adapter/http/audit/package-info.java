/** HTTP routes: the audit trail (ADMIN only). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.audit;
