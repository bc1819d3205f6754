package org.ronghe.build.pit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.pitest.classinfo.ClassByteArraySource;
import org.pitest.help.PitHelpError;
import org.pitest.testapi.Configuration;
import org.pitest.testapi.TestGroupConfig;
import org.pitest.testapi.TestPluginFactory;
import org.pitest.testapi.TestSuiteFinder;
import org.pitest.testapi.TestUnitFinder;

/**
 * PIT's tests on the JUnit Platform, found by planning them (the platform's discovery) rather than by
 * running them. PIT starts one process per mutated class and finds its tests there before the first
 * mutant: a plugin that runs every test class to find its tests runs all of them once, unmutated, in
 * each of those processes, which was most of the mutation run (docs/adr/0013).
 */
public final class JUnitPlatformPlugin implements TestPluginFactory {

    @Override
    public String name() {
        return "ronghe-junit-platform";
    }

    @Override
    public String description() {
        return "JUnit Platform tests, planned not run to be found";
    }

    @Override
    public Configuration createTestFrameworkConfiguration(TestGroupConfig groups, ClassByteArraySource source,
            Collection<String> excludedRunners, Collection<String> includedTestMethods) {
        return new Configuration() {
            @Override
            public TestUnitFinder testUnitFinder() {
                return new PlannedTestFinder(groups, includedTestMethods);
            }

            @Override
            public TestSuiteFinder testSuiteFinder() {
                return testClass -> List.of();
            }

            @Override
            public Optional<PitHelpError> verifyEnvironment() {
                return Optional.empty();
            }
        };
    }
}
