package org.ronghe.build.pit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.platform.engine.Filter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.pitest.testapi.TestGroupConfig;
import org.pitest.testapi.TestUnit;
import org.pitest.testapi.TestUnitExecutionListener;
import org.pitest.testapi.TestUnitFinder;

/**
 * The tests of a class as the platform plans them. A test is a unit; so is a method that runs as
 * several tests (a parameterized test, a test factory, a property), whose invocations exist only once
 * it runs: it is run and judged whole.
 */
final class PlannedTestFinder implements TestUnitFinder {

    private final TestGroupConfig groups;
    private final Collection<String> includedTestMethods;

    PlannedTestFinder(TestGroupConfig groups, Collection<String> includedTestMethods) {
        this.groups = groups;
        this.includedTestMethods = includedTestMethods;
    }

    @Override
    public List<TestUnit> findTestUnits(Class<?> testClass, TestUnitExecutionListener listener) {
        if (testClass.getEnclosingClass() != null) {
            return List.of(); // nested classes are planned with the class around them
        }
        List<String> uniqueIds = TestPlanFile.planned(testClass.getName()).orElseGet(() -> {
            List<String> planned = plan(testClass.getName());
            TestPlanFile.keep(testClass.getName(), planned);
            return planned;
        });
        return uniqueIds.stream().<TestUnit>map(id -> new PlatformTestUnit(testClass, id)).toList();
    }

    private List<String> plan(String className) {
        TestPlan plan = PlatformTestUnit.launcher().discover(request(className));
        List<String> uniqueIds = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier each : plan.getDescendants(root)) {
                if (isUnit(plan, each) && included(each)) {
                    uniqueIds.add(each.getUniqueId());
                }
            }
        }
        return uniqueIds;
    }

    private static boolean isUnit(TestPlan plan, TestIdentifier identifier) {
        if (identifier.isTest()) {
            return true;
        }
        return identifier.getSource().filter(MethodSource.class::isInstance).isPresent()
                && plan.getChildren(identifier).isEmpty();
    }

    private boolean included(TestIdentifier identifier) {
        if (includedTestMethods == null || includedTestMethods.isEmpty()) {
            return true;
        }
        return identifier.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(source -> includedTestMethods.contains(source.getMethodName())).orElse(true);
    }

    private LauncherDiscoveryRequest request(String className) {
        List<Filter<?>> filters = new ArrayList<>();
        List<String> excluded = nonEmpty(groups.getExcludedGroups());
        if (!excluded.isEmpty()) {
            filters.add(TagFilter.excludeTags(excluded));
        }
        List<String> included = nonEmpty(groups.getIncludedGroups());
        if (!included.isEmpty()) {
            filters.add(TagFilter.includeTags(included));
        }
        return PlatformTestUnit.configured(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(className))
                .filters(filters.toArray(Filter<?>[]::new)));
    }

    private static List<String> nonEmpty(List<String> names) {
        return names == null ? List.of() : names.stream().filter(name -> !name.isBlank()).toList();
    }

}
