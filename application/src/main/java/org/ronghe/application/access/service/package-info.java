/** The services behind the token use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.access.service;
