package org.ronghe.adapter.persistence.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.domain.access.ApiTokenId;

final class MemoryIdempotencyRecords implements IdempotencyRecords {

    private record Key(ApiTokenId token, String key) {
    }

    private final Map<Key, IdempotencyRecord> records = new HashMap<>();
    private final MemoryTransactions transactions;

    MemoryIdempotencyRecords(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<IdempotencyRecord> find(ApiTokenId token, String key) {
        return transactions.read(() -> Optional.ofNullable(records.get(new Key(token, key))));
    }

    @Override
    public void store(IdempotencyRecord answered) {
        if (answered.response() == null) {
            throw new IllegalArgumentException("an idempotency key is stored with its response");
        }
        Key key = new Key(answered.token(), answered.key());
        transactions.atomically(() -> {
            if (records.containsKey(key)) {
                throw new KeyAlreadyClaimedException();
            }
            transactions.write(() -> records.put(key, answered), () -> records.remove(key));
            return null;
        });
    }
}
