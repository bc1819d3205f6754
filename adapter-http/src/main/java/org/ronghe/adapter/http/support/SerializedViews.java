package org.ronghe.adapter.http.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The JSON of views already written, remembered by a key that determines the view. Views are records of
 * immutable values, so equal views write equal JSON: a view read again unchanged (the common case for a GET)
 * skips building its resource and writing it, which was about 8 % of a committee GET's CPU (BENCHMARKS.md).
 * The key is the view itself ({@link #byView}), or what the view is made of ({@link #byWhatMakesIt}): an
 * aggregate's id and version, the day, the names it shows from elsewhere. Comparing those is cheaper than
 * comparing every member of the view (a committee's views were 12 % of a GET's samples, hashed and compared).
 * Nothing can go stale as long as the key determines the view.
 * Bounded by the bytes it holds, since the server runs in a small heap: past {@code capacityBytes} the
 * map is dropped wholesale (a few requests then write their views again).
 */
public final class SerializedViews<V extends Record, K> {

    private final Map<K, byte[]> written = new ConcurrentHashMap<>();
    private final Function<V, K> key;
    private final Function<V, Object> resource;
    private final long capacityBytes;
    private final AtomicLong held = new AtomicLong();

    private SerializedViews(Function<V, K> key, Function<V, Object> resource, long capacityBytes) {
        this.key = key;
        this.resource = resource;
        this.capacityBytes = capacityBytes;
    }

    /** Keyed by the view itself. */
    public static <V extends Record> SerializedViews<V, V> byView(Function<V, Object> resource, long capacityBytes) {
        return new SerializedViews<>(Function.identity(), resource, capacityBytes);
    }

    /**
     * Keyed by what makes the view: two views with equal keys must be equal views.
     *
     * @param madeOf the view's key, a record of what it was made of
     */
    public static <V extends Record, K extends Record> SerializedViews<V, K> byWhatMakesIt(Function<V, K> madeOf,
            Function<V, Object> resource, long capacityBytes) {
        return new SerializedViews<>(madeOf, resource, capacityBytes);
    }

    /** The view's answer as JSON, to be sent as it is. */
    public RawBody json(V view) {
        K made = key.apply(view);
        byte[] bytes = written.get(made);
        if (bytes == null) {
            bytes = JsonWriter.writeBytes(resource.apply(view));
            if (held.addAndGet(bytes.length) > capacityBytes) {
                written.clear();
                held.set(bytes.length);
            }
            written.put(made, bytes);
        }
        return new RawBody("application/json", bytes);
    }

    int size() {
        return written.size();
    }
}
