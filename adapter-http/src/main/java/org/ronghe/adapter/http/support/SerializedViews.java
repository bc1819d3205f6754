package org.ronghe.adapter.http.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JSON of views already written, remembered by the view itself. Views are records of immutable
 * values, so equal views write equal JSON: a view read again unchanged (the common case for a GET)
 * skips building its resource and writing it, which was about 8 % of a committee GET's CPU
 * (BENCHMARKS.md). Nothing can go stale, since the key is everything the answer is made of.
 * Bounded: beyond {@code capacity} entries the map is dropped wholesale.
 */
public final class SerializedViews<V extends Record> {

    private final Map<V, byte[]> written = new ConcurrentHashMap<>();
    private final Function<V, Object> resource;
    private final int capacity;

    public SerializedViews(Function<V, Object> resource, int capacity) {
        this.resource = resource;
        this.capacity = capacity;
    }

    /** The view's answer as JSON, to be sent as it is. */
    public RawBody json(V view) {
        byte[] bytes = written.get(view);
        if (bytes == null) {
            bytes = JsonWriter.writeBytes(resource.apply(view));
            if (written.size() >= capacity) {
                written.clear();
            }
            written.put(view, bytes);
        }
        return new RawBody("application/json", bytes);
    }

    int size() {
        return written.size();
    }
}
