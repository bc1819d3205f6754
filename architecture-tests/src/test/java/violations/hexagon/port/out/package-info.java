@org.jmolecules.architecture.hexagonal.SecondaryPort
package violations.hexagon.port.out;
