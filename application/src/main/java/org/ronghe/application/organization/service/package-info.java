/** The services that carry out the organization use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.organization.service;
