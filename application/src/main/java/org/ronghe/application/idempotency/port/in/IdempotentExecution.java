package org.ronghe.application.idempotency.port.in;

import java.util.function.Supplier;

import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.shared.port.Caller;

/**
 * Runs a creating request at most once per (token, key): the first run's response is stored in
 * the same transaction as its writes; a replay with the same fingerprint gets it back unchanged.
 */
public interface IdempotentExecution {

    /** Keys are 1 to 200 printable ASCII characters. */
    int MAX_KEY_LENGTH = 200;

    /**
     * @param fingerprint identifies the request (method, path, body); the same key with another
     *        fingerprint fails with {@link org.ronghe.application.idempotency.port.IdempotencyKeyReusedException}
     * @param action carries out the request; it joins the transaction of this call
     */
    StoredResponse execute(Caller caller, String key, String fingerprint, Supplier<StoredResponse> action);
}
