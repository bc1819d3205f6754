/** Use cases on fusion committees: plan, establish, chair, members, rules, dissolve, and as-of queries. */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.committee.port.in;
