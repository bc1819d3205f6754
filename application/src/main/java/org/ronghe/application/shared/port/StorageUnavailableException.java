package org.ronghe.application.shared.port;

/**
 * The store cannot be reached (down, restarting, no connection in time): nothing was written, or the
 * write's transaction rolled back with the connection. Callers retry later; an HTTP server answers 503.
 */
public final class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
