package org.ronghe.application.idempotency.service;

import java.time.Duration;
import java.util.function.Supplier;

import org.ronghe.application.idempotency.port.IdempotencyKeyReusedException;
import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.IdempotentRequestInProgressException;
import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.idempotency.port.in.IdempotentExecution;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * Runs the request and stores its response under the key, in one transaction; the key is the last write
 * (one insert). A twin that used the key first makes that insert fail on the store's unique key: the
 * request rolls back everything it did and replays the twin's committed response. A request that failed
 * while a twin with its key succeeded (a conflict the twin's success caused) answers as the twin did too.
 */
public record IdempotentExecutionService(IdempotencyRecords records, Transactions transactions, Clock clock)
        implements IdempotentExecution {

    private static final int ATTEMPTS = 50;
    private static final Duration PAUSE = Duration.ofMillis(20);

    @Override
    public StoredResponse execute(Caller caller, String key, String fingerprint, Supplier<StoredResponse> action) {
        if (caller.token() == null) {
            return transactions.inTransaction(action);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidValueException("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces");
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            // A fresh key is the common case: run straight away (no read first). Once the key was found
            // taken, look first: the key's response is there to replay.
            boolean lookFirst = attempt > 1;
            try {
                return transactions.inTransaction(() -> {
                    if (lookFirst) {
                        var existing = records.find(caller.token(), key);
                        if (existing.isPresent()) {
                            return replay(existing.get(), fingerprint);
                        }
                    }
                    StoredResponse response = action.get();
                    records.store(new IdempotencyRecord(caller.token(), key, fingerprint, clock.now(), response));
                    return response;
                });
            } catch (IdempotencyRecords.KeyAlreadyClaimedException raced) {
                if (lookFirst && attempt < ATTEMPTS) {
                    pause(); // the twin's answer is not visible yet: give it time
                }
            } catch (RuntimeException failed) {
                if (!lookFirst) {
                    var twin = transactions.inTransaction(() -> records.find(caller.token(), key));
                    if (twin.isPresent()) {
                        return replay(twin.get(), fingerprint);
                    }
                }
                throw failed;
            }
        }
        throw new IdempotentRequestInProgressException();
    }

    private static StoredResponse replay(IdempotencyRecord record, String fingerprint) {
        if (!record.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return record.response();
    }

    private void pause() {
        try {
            clock.pause(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotentRequestInProgressException();
        }
    }
}
