package org.ronghe.adapter.persistence.usecases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.ronghe.application.shared.port.out.Clock;

/**
 * A clock whose time moves only when a test moves it: the wall clock stays on its instant, the monotonic
 * timer advances by {@link #advance} and by every pause, and a pause returns at once (it still throws when
 * the thread is interrupted, as a sleep does) and is kept in {@link #pauses}. Tests of time to live and of
 * retries then take no time and say exactly how long was waited.
 */
final class TestClock implements Clock {

    private final Instant now;
    private final AtomicLong nanos = new AtomicLong();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();

    TestClock(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public long monotonicNanos() {
        return nanos.get();
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        pauses.add(duration);
        advance(duration);
    }

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
