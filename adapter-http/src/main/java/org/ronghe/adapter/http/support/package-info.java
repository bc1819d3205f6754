/** What every HTTP route shares: JSON bodies, problem responses, preconditions, request ids. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.support;
