package org.ronghe.domain.shared;

/**
 * Someone else changed the aggregate since the caller read it. Every aggregate carries a version,
 * and every change names the version it was based on, so no update is lost silently.
 */
public final class StaleVersionException extends DomainException {

    private final long expectedVersion;
    private final Long currentVersion;

    public StaleVersionException(String aggregateType, Object id, long expectedVersion, Long currentVersion) {
        super("stale-version", aggregateType + " " + id + " is at version " + (currentVersion == null ? "?" : currentVersion)
                + ", not " + expectedVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found, when the adapter knows it. */
    public Long currentVersion() {
        return currentVersion;
    }
}
