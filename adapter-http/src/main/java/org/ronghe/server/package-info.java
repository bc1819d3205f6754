/**
 * The composition root: reads the configuration, opens the storage chosen by its URL, assembles
 * the application and serves it over HTTP. Deliberately carries no hexagonal stereotype: it is
 * the one place allowed to see every part.
 */
package org.ronghe.server;
