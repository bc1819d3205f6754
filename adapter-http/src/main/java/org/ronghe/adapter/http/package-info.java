/** The HTTP API: assembles the routes of every aggregate into one Javalin application. */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http;
