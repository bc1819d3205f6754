package org.ronghe.adapter.http.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import org.ronghe.domain.access.ApiTokenId;

/**
 * A token bucket per API token, in this server's memory: {@code perMinute} requests a minute on
 * average, with bursts of up to a tenth of that. With several nodes each node counts on its own.
 */
public final class RateLimiter {

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<ApiTokenId, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    public RateLimiter(long perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit is at least 1 request a minute");
        }
        this.perNano = perMinute / 60e9;
        this.capacity = Math.max(1, perMinute / 10.0);
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the token's bucket; returns 0 if allowed, else the seconds to wait. */
    public long acquire(ApiTokenId token) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(token, id -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * perNano);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }
}
