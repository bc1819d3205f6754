package org.ronghe.application.shared.port;

/**
 * The store cannot be reached (down, restarting, no connection in time). A write was not confirmed: almost
 * always its transaction rolled back with the connection, but a connection lost during the commit itself
 * leaves the outcome unknown. Callers retry later, safely with an idempotency key or a version to check;
 * an HTTP server answers 503.
 */
public final class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
