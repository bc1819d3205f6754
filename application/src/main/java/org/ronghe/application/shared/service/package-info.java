/** What every context's services share: the one way an aggregate is written, and the platform it is written on. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.shared.service;
