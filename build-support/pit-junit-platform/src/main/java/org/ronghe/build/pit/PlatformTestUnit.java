package org.ronghe.build.pit;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.pitest.testapi.AbstractTestUnit;
import org.pitest.testapi.Description;
import org.pitest.testapi.ResultCollector;

/**
 * One planned test (or one method that runs as several), run by its unique id on the process's one
 * launcher: a launcher per run would load the engines and their listeners again for every test.
 */
final class PlatformTestUnit extends AbstractTestUnit {

    private static Launcher launcher;

    private final String uniqueId;

    PlatformTestUnit(Class<?> testClass, String uniqueId) {
        super(new Description(uniqueId, testClass));
        this.uniqueId = uniqueId;
    }

    /** PIT runs one test at a time in a process; the launcher is made on first use. */
    static synchronized Launcher launcher() {
        if (launcher == null) {
            launcher = LauncherFactory.create();
        }
        return launcher;
    }

    /** PIT judges one test at a time: the platform is never to run them in parallel. */
    static LauncherDiscoveryRequest configured(LauncherDiscoveryRequestBuilder request) {
        return request.configurationParameter("junit.jupiter.execution.parallel.enabled", "false").build();
    }

    @Override
    public void execute(ResultCollector results) {
        Description description = getDescription();
        var outcome = new Outcome();
        results.notifyStart(description);
        launcher().execute(configured(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectUniqueId(uniqueId))), outcome);
        if (outcome.failure != null) {
            results.notifyEnd(description, outcome.failure);
        } else if (!outcome.ran) {
            results.notifySkipped(description);
        } else {
            results.notifyEnd(description);
        }
    }

    /** The first failure among what ran (a test, or a container whose set-up failed); aborted counts as passed. */
    private static final class Outcome implements TestExecutionListener {
        private Throwable failure;
        private boolean ran;

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (identifier.isTest()) {
                ran = true;
            }
        }

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (failure == null && result.getStatus() == TestExecutionResult.Status.FAILED) {
                failure = result.getThrowable().orElseGet(() -> new AssertionError(identifier.getDisplayName()));
            }
        }
    }

    @Override
    public String toString() {
        return "PlatformTestUnit [" + uniqueId + "]";
    }
}
