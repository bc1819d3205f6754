/** Importing and exporting the whole structure as one document (the data set format). */
@org.jmolecules.architecture.hexagonal.PrimaryPort
package org.ronghe.application.dataset.port.in;
