/** The HTTP routes of city cases: signals taken in, the case queue, each step of the loop, the case policy. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.cases;
