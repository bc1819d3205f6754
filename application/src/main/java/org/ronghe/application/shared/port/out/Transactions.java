package org.ronghe.application.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: every write inside commits together or not at all. A call inside another
 * joins it. A runtime exception thrown by the work rolls back and propagates unchanged.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
