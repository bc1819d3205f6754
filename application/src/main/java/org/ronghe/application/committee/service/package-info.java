/** The services behind the committee use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.committee.service;
