/** HTTP routes: exporting the whole structure as a data set document (ADMIN). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.dataset;
