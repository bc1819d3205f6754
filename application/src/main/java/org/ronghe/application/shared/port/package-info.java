/** Types that every port shares: paging. */
@org.jmolecules.architecture.hexagonal.Port
package org.ronghe.application.shared.port;
