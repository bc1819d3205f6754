/** HTTP routes: the areas of the functional layout. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.area;
