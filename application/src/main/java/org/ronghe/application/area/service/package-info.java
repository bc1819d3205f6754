/** The services behind the area use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.area.service;
