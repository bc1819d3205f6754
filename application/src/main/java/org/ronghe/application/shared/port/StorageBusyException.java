package org.ronghe.application.shared.port;

/**
 * Storage could not do the work now for a passing reason (a lock held too long, a deadlock, a
 * serialization failure); nothing was written, and the same request may succeed when retried.
 */
public final class StorageBusyException extends RuntimeException {

    public StorageBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
