/**
 * The console (/console): pages in Chinese for the people who run the structure, rendered on the server from
 * templates checked at build time. A primary adapter like the API: it calls the contexts' entries, never the
 * ports below them, and signs people in with console sessions (docs/adr/0020).
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.ronghe.adapter.http.console;
