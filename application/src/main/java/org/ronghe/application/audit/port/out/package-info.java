/** Where audit entries are appended and read; nothing updates or deletes them. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.audit.port.out;
