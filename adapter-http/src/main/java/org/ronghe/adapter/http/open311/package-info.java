/** The Open311 GeoReport v2 facade over city cases (JSON). */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.open311;
