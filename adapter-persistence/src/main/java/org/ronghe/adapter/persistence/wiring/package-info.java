/** What the storage adapters share: one wiring of the repositories over an adapter's transactions. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.ronghe.adapter.persistence.wiring;
