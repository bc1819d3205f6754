/** The in-memory storage adapter: for tests, demos and embedding without a database. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.ronghe.adapter.persistence.memory;
