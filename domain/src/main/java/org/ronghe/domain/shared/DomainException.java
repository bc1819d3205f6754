package org.ronghe.domain.shared;

/**
 * Root of every exception the domain throws on purpose. Adapters map its subclasses to their own
 * error vocabulary (an HTTP status, a CLI exit code) without looking at messages.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    /** @param code a stable, machine-readable name of what went wrong, e.g. {@code parent-cycle} */
    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable name of what went wrong, e.g. {@code parent-cycle}. */
    public final String code() {
        return code;
    }
}
