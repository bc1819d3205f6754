package org.ronghe.adapter.http.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The JSON of views already written, remembered by the view itself. Views are records of immutable
 * values, so equal views write equal JSON: a view read again unchanged (the common case for a GET)
 * skips building its resource and writing it, which was about 8 % of a committee GET's CPU
 * (BENCHMARKS.md). Nothing can go stale, since the key is everything the answer is made of.
 * Bounded by the bytes it holds, since the server runs in a small heap: past {@code capacityBytes} the
 * map is dropped wholesale (a few requests then write their views again).
 */
public final class SerializedViews<V extends Record> {

    private final Map<V, byte[]> written = new ConcurrentHashMap<>();
    private final Function<V, Object> resource;
    private final long capacityBytes;
    private final AtomicLong held = new AtomicLong();

    public SerializedViews(Function<V, Object> resource, long capacityBytes) {
        this.resource = resource;
        this.capacityBytes = capacityBytes;
    }

    /** The view's answer as JSON, to be sent as it is. */
    public RawBody json(V view) {
        byte[] bytes = written.get(view);
        if (bytes == null) {
            bytes = JsonWriter.writeBytes(resource.apply(view));
            if (held.addAndGet(bytes.length) > capacityBytes) {
                written.clear();
                held.set(bytes.length);
            }
            written.put(view, bytes);
        }
        return new RawBody("application/json", bytes);
    }

    int size() {
        return written.size();
    }
}
