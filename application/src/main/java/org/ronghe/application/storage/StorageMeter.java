package org.ronghe.application.storage;

import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * One figure a store reports about its own work, for an operator's metrics: the server exposes it and
 * reads it when scraped. Reading never throws and never waits on the store.
 *
 * @param name dotted and lower case ({@code ronghe.db.pool.connections.active})
 * @param description what it counts, for the metrics' help text
 * @param kind a gauge is a value now; a counter only grows (events, or seconds spent)
 * @param unit the base unit where there is one ({@code seconds}), else empty (a count)
 */
public record StorageMeter(String name, String description, Kind kind, String unit, DoubleSupplier value) {

    public enum Kind {
        GAUGE, COUNTER
    }

    public StorageMeter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        if (!name.matches("[a-z][a-z0-9]*(\\.[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a meter's name is dotted lower-case words: " + name);
        }
    }
}
