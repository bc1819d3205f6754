/** The JDBI storage adapter on H2 (file or memory) and PostgreSQL, schema by Flyway. */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.ronghe.adapter.persistence.jdbi;
