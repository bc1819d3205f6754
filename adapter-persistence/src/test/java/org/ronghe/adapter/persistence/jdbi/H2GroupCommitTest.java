package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

/**
 * The group commit's promise: a commit is acknowledged only after a store write that began after it,
 * and one write serves every commit made before it began.
 */
class H2GroupCommitTest {

    /** A store that remembers the highest commit each write covered (all commits made before it began). */
    private static final class RecordingStore {
        final AtomicLong lastCommit = new AtomicLong();
        final AtomicLong onDisk = new AtomicLong();
        final AtomicInteger writes = new AtomicInteger();
        volatile long writeMillis;

        void write() {
            long covered = lastCommit.get();
            writes.incrementAndGet();
            sleep(writeMillis);
            onDisk.accumulateAndGet(covered, Math::max);
        }
    }

    @Test
    void every_acknowledged_commit_is_on_disk_and_concurrent_commits_share_writes() throws Exception {
        var store = new RecordingStore();
        store.writeMillis = 2;
        var groupCommit = new H2GroupCommit(() -> store.write(), () -> { });
        var writerLock = new ReentrantLock(true);
        int threads = 16;
        int commitsEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                int notOnDisk = 0;
                for (int i = 0; i < commitsEach; i++) {
                    long commit;
                    writerLock.lock(); // as JdbiTransactions: commit and number it under the writer lock
                    try {
                        commit = groupCommit.committed();
                        store.lastCommit.set(commit);
                    } finally {
                        writerLock.unlock();
                    }
                    groupCommit.awaitDurable(commit);
                    if (store.onDisk.get() < commit) {
                        notOnDisk++;
                    }
                }
                return notOnDisk;
            }));
        }
        start.countDown();
        int acknowledgedButNotOnDisk = 0;
        for (Future<Integer> result : results) {
            acknowledgedButNotOnDisk += result.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(acknowledgedButNotOnDisk).isZero();
        assertThat(store.onDisk.get()).isEqualTo((long) threads * commitsEach);
        // sixteen committers and a write slower than a commit: writes are shared, far fewer than commits
        assertThat(store.writes.get()).isLessThan(threads * commitsEach / 2);
    }

    @Test
    void a_lone_commit_is_written_at_once() {
        var store = new RecordingStore();
        var groupCommit = new H2GroupCommit(() -> store.write(), () -> { });
        for (int i = 1; i <= 3; i++) {
            long commit = groupCommit.committed();
            store.lastCommit.set(commit);
            groupCommit.awaitDurable(commit);
            assertThat(store.onDisk.get()).isEqualTo(commit);
        }
        assertThat(store.writes.get()).isEqualTo(3);
    }

    @Test
    void a_failed_write_fails_its_commit_and_the_next_commit_writes_again() {
        var store = new RecordingStore();
        var failNext = new AtomicInteger(1);
        var groupCommit = new H2GroupCommit(() -> {
            if (failNext.getAndDecrement() > 0) {
                throw new SQLException("No space left on device");
            }
            store.write();
        }, () -> { });

        long first = groupCommit.committed();
        store.lastCommit.set(first);
        assertThatThrownBy(() -> groupCommit.awaitDurable(first)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No space left on device");
        assertThat(store.onDisk.get()).isZero();

        long second = groupCommit.committed();
        store.lastCommit.set(second);
        groupCommit.awaitDurable(second);
        assertThat(store.onDisk.get()).isEqualTo(second);
    }

    @Test
    void h2s_own_housekeeping_waits_until_the_start_is_over_then_runs_as_h2_runs_it(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
        try (var groupCommit = H2GroupCommit.open(url, "sa", "", java.time.Duration.ofMillis(300));
                var other = java.sql.DriverManager.getConnection(url, "sa", "")) {
            assertThat(writeDelay(other)).as("held back: no background writer, no compaction").isZero();
            assertThat(writeDelayOnceResumed(other)).isEqualTo(H2GroupCommit.H2_DEFAULT_WRITE_DELAY_MILLIS);
        }
    }

    @Test
    void a_store_closed_before_its_housekeeping_resumes_leaves_no_thread_behind(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
        H2GroupCommit.open(url, "sa", "", java.time.Duration.ofHours(1)).close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("ronghe-h2-housekeeping"));
    }

    @Test
    void the_first_commit_ends_the_hold_at_once(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
        try (var groupCommit = H2GroupCommit.open(url, "sa", "", java.time.Duration.ofHours(1));
                var other = java.sql.DriverManager.getConnection(url, "sa", "")) {
            assertThat(writeDelay(other)).isZero();
            groupCommit.awaitDurable(groupCommit.committed());
            assertThat(writeDelayOnceResumed(other)).isEqualTo(H2GroupCommit.H2_DEFAULT_WRITE_DELAY_MILLIS);
        }
    }

    /** The write delay once it is no longer 0, or 0 after ten seconds. */
    private static int writeDelayOnceResumed(java.sql.Connection connection) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writeDelay(connection) == 0 && System.nanoTime() < deadline) {
            sleep(20);
        }
        return writeDelay(connection);
    }

    private static int writeDelay(java.sql.Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            rows.next();
            return Integer.parseInt(rows.getString(1));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
