/** How the application finds its storage at run time: providers are looked up with java.util.ServiceLoader. */
@org.jmolecules.architecture.hexagonal.SecondaryPort
package org.ronghe.application.storage;
