/** The services behind the case use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.cases.service;
