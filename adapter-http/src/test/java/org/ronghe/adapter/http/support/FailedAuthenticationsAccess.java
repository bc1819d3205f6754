package org.ronghe.adapter.http.support;

/** Test access to the size of the table. */
public final class FailedAuthenticationsAccess {

    private FailedAuthenticationsAccess() {
    }

    public static int addresses(FailedAuthentications failures) {
        return failures.addresses();
    }
}
