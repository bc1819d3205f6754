/** The target system's services: writes with stewardship, versions and audit; attainment computed on the day asked. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.targetsystem.service;
