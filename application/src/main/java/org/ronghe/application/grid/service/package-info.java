/** The services behind the grid use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.grid.service;
