package org.ronghe.application.access.port.in;

/** The first start: make an ADMIN token from an operator-chosen secret while no token exists. */
public interface BootstrapTokenUseCase {

    /** Minimum length of a bootstrap secret: 32 characters. */
    int MIN_SECRET_LENGTH = 32;

    /**
     * Creates an ADMIN token with this secret if, and only if, no token exists yet.
     *
     * @return true if a token was created
     * @throws org.ronghe.domain.shared.InvalidValueException if the secret is shorter than 32 characters
     */
    boolean bootstrap(String secret);
}
