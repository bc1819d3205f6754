@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package violations.hexagon.adapter.web;
