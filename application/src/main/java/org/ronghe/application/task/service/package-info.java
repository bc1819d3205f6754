/** The services behind the task use cases. */
@org.jmolecules.architecture.hexagonal.Application
package org.ronghe.application.task.service;
