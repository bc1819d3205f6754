package org.ronghe.application.access.service;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.ronghe.application.access.port.in.Authenticated;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.SecretHash;

/**
 * Recently authenticated tokens, by the hash of their secret, for a short time: it spares every
 * request a database round trip (docs/adr/0008). A revocation evicts the token at once on the node
 * that made it; other nodes over the same database notice it when their entry expires, so the time to
 * live is what a revocation may take to reach every node.
 */
public final class TokenCache {

    /** Entries are dropped wholesale beyond this many tokens. */
    private static final int LIMIT = 10_000;

    private record Entry(Authenticated authenticated, long expiresAt) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<SecretHash, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param ttl how long an authentication is trusted, more than zero (a node that must see every
     *            revocation at once reads the store instead of keeping a cache)
     */
    public TokenCache(Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a token cache trusts an authentication for some time, not " + ttl);
        }
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    Authenticated get(SecretHash hash) {
        Entry entry = entries.get(hash);
        if (entry == null) {
            return null;
        }
        if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
            entries.remove(hash, entry);
            return null;
        }
        return entry.authenticated();
    }

    void put(SecretHash hash, Authenticated authenticated) {
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        entries.put(hash, new Entry(authenticated, nanoTime.getAsLong() + ttlNanos));
    }

    void evict(ApiTokenId token) {
        entries.values().removeIf(e -> e.authenticated().token().equals(token));
    }
}
