/** Turns domain events into audit entries, and answers audit queries. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.audit.service;
