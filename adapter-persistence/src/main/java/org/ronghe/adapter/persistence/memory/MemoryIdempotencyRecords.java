package org.ronghe.adapter.persistence.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.StoredResponse;
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
    public void claim(IdempotencyRecord pending) {
        Key key = new Key(pending.token(), pending.key());
        transactions.atomically(() -> {
            if (records.containsKey(key)) {
                throw new KeyAlreadyClaimedException();
            }
            transactions.write(() -> records.put(key, pending), () -> records.remove(key));
            return null;
        });
    }

    @Override
    public void complete(ApiTokenId token, String key, StoredResponse response) {
        Key id = new Key(token, key);
        transactions.atomically(() -> {
            IdempotencyRecord pending = records.get(id);
            if (pending == null) {
                throw new IllegalStateException("idempotency key " + key + " was not claimed");
            }
            var done = new IdempotencyRecord(token, key, pending.fingerprint(), pending.createdAt(), response);
            transactions.write(() -> records.put(id, done), () -> records.put(id, pending));
            return null;
        });
    }
}
