/** Carries out idempotent execution. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.idempotency.service;
