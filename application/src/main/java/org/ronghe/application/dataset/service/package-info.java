/** Carries out imports through the use cases, so every rule and the audit trail apply. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.dataset.service;
