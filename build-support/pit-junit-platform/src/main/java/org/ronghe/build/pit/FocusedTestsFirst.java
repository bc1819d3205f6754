package org.ronghe.build.pit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;

import org.pitest.classpath.CodeSource;
import org.pitest.coverage.BlockLocation;
import org.pitest.coverage.CoverageDatabase;
import org.pitest.coverage.TestInfo;
import org.pitest.mutationtest.build.TestPrioritiser;
import org.pitest.mutationtest.build.TestPrioritiserFactory;

/**
 * The order in which a mutant meets the tests that reach it: the tests that reach the least code first,
 * then the quickest. PIT stops at the first test that kills a mutant, so the order decides how many
 * tests a killed mutant costs. PIT's own order is by the milliseconds each test took in the coverage run
 * plus a tenth per block it reaches, and there the first tests of the process pay for loading and
 * compiling the application (a use-case test of 3 ms measured 318 ms): the tests of the first classes
 * came last for every mutant, and with them the only tests of some rules (who may issue a token,
 * register an organization, read the audit trail), so that such mutants ran 40 to 90 tests each before
 * the one that failed. How much code a test reaches does not
 * depend on when it ran, and the most focused test is the likeliest to be about the mutated line
 * (docs/adr/0013).
 */
public final class FocusedTestsFirst implements TestPrioritiserFactory {

    private static final Comparator<TestInfo> MOST_FOCUSED_FIRST = Comparator
            .comparingInt(TestInfo::getNumberOfBlocksCovered)
            .thenComparingInt(TestInfo::getTime)
            .thenComparing(TestInfo::getName);

    @Override
    public String description() {
        return "tests reaching the least code first, then the quickest";
    }

    @Override
    public TestPrioritiser makeTestPrioritiser(Properties properties, CodeSource code, CoverageDatabase coverage) {
        return mutation -> {
            var reaching = new LinkedHashSet<TestInfo>();
            for (int block : mutation.getBlocks()) {
                reaching.addAll(coverage.getTestsForBlockLocation(new BlockLocation(mutation.getId().getLocation(), block)));
            }
            List<TestInfo> ordered = new ArrayList<>(reaching);
            ordered.sort(MOST_FOCUSED_FIRST);
            return ordered;
        };
    }
}
