/** The services behind the co-work activity use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.activity.service;
