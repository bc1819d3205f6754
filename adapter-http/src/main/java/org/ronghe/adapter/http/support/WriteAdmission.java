package org.ronghe.adapter.http.support;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import io.javalin.http.Handler;

/**
 * Sheds load: at most so many writes run at once; one more is refused at once with 429 and Retry-After, before it
 * does any work. Without it a burst queued its requests until their connections passed the header and idle timeouts
 * and were closed unanswered (BENCHMARKS.md, "City cases"): a sender cannot tell such a loss from a slow answer,
 * while a 429 tells it to send the same request again. Reads are not counted: they wait for no commit.
 *
 * <p>Retry-After tells how long the writes refused in the last second would take at the rate the server finished
 * writes in it (at least 1 s, at most {@link #MAX_RETRY_AFTER_SECONDS}): under a burst the senders come back spread
 * over the time the server needs, instead of all a second later, refused again.
 */
public final class WriteAdmission {

    static final long MAX_RETRY_AFTER_SECONDS = 30;
    private static final long SECOND = 1_000_000_000L;

    private final Semaphore permits;
    private final LongSupplier nanoTime;
    private final LongAdder finished = new LongAdder();
    private final LongAdder refused = new LongAdder();
    /** The last full second's counts and the Retry-After they give. */
    private Window window;

    private record Window(long startNanos, long finishedAtStart, long refusedAtStart, long retryAfterSeconds) {
    }

    /**
     * @param writesInFlight the writes that run at once at most
     * @param nanoTime the clock the rates are measured on
     */
    public WriteAdmission(int writesInFlight, LongSupplier nanoTime) {
        if (writesInFlight < 1) {
            throw new IllegalArgumentException("at least one write in flight, not " + writesInFlight);
        }
        this.permits = new Semaphore(writesInFlight);
        this.nanoTime = nanoTime;
        this.window = new Window(nanoTime.getAsLong(), 0, 0, 1);
    }

    /**
     * The writes in flight of a server with so many request threads: two thirds (32 of the default 48, as many as
     * the benchmarks' writers), the rest left for reads and for refusing writes quickly.
     */
    public static WriteAdmission forThreads(int maxThreads) {
        return new WriteAdmission(Math.max(1, maxThreads * 2 / 3), System::nanoTime);
    }

    /** The handler, run only while fewer writes than the bound are running; refused otherwise. */
    public Handler around(Handler write) {
        return ctx -> {
            if (!permits.tryAcquire()) {
                long retryAfter = retryAfterSeconds(); // from the seconds before this refusal
                refused.increment();
                throw new ServerBusyException(retryAfter);
            }
            try {
                write.handle(ctx);
            } finally {
                finished.increment();
                permits.release();
            }
        };
    }

    /** The Retry-After of a refusal now: from the last full second's refusals over the writes it finished. */
    synchronized long retryAfterSeconds() {
        long now = nanoTime.getAsLong();
        if (now - window.startNanos() >= SECOND) {
            long finishedNow = finished.sum();
            long refusedNow = refused.sum();
            double seconds = (now - window.startNanos()) / (double) SECOND;
            double finishedPerSecond = (finishedNow - window.finishedAtStart()) / seconds;
            double refusedPerSecond = (refusedNow - window.refusedAtStart()) / seconds;
            long retryAfter = (long) Math.ceil(refusedPerSecond / Math.max(1, finishedPerSecond));
            window = new Window(now, finishedNow, refusedNow, Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS,
                    retryAfter)));
        }
        return window.retryAfterSeconds();
    }
}
