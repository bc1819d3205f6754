/** The services behind the project use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.project.service;
