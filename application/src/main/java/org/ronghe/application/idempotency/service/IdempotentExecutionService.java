package org.ronghe.application.idempotency.service;

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
 * Claims the key, runs the request and stores its response in one transaction. A request whose key
 * is taken (a replay, or a twin racing it: the store's unique key decides) rolls back everything it
 * did, and then replays the committed response.
 */
public record IdempotentExecutionService(IdempotencyRecords records, Transactions transactions, Clock clock)
        implements IdempotentExecution {

    private static final int ATTEMPTS = 50;
    private static final long PAUSE_MILLIS = 20;

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
            // A fresh key is the common case: claim it straight away (one statement less per create).
            // Once a claim has failed, look first: the key's response is there to replay.
            boolean lookFirst = attempt > 1;
            try {
                return transactions.inTransaction(() -> {
                    if (lookFirst) {
                        var existing = records.find(caller.token(), key);
                        if (existing.isPresent()) {
                            return replay(existing.get(), fingerprint);
                        }
                    }
                    records.claim(new IdempotencyRecord(caller.token(), key, fingerprint, clock.now(), null));
                    StoredResponse response = action.get();
                    records.complete(caller.token(), key, response);
                    return response;
                });
            } catch (IdempotencyRecords.KeyAlreadyClaimedException | InProgress raced) {
                if (lookFirst) {
                    pause(); // a twin still holds the key: give it time to finish
                }
            }
        }
        throw new IdempotentRequestInProgressException();
    }

    private static StoredResponse replay(IdempotencyRecord record, String fingerprint) {
        if (!record.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        if (record.response() == null) {
            throw new InProgress();
        }
        return record.response();
    }

    /** Seen only where a store shows a claimed key before its response (not with the shipped ones). */
    private static final class InProgress extends RuntimeException {
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotentRequestInProgressException();
        }
    }
}
