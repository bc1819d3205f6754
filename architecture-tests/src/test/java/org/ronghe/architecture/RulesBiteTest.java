package org.ronghe.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Self-tests: the same rules that guard Ronghe, run on deliberately violating fixtures (package
 * {@code violations}), must report exactly those violations. Rules keyed on packages that match
 * nothing would pass silently; these tests make that impossible.
 */
class RulesBiteTest {

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    private static EvaluationResult evaluate(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes);
    }

    @Test
    void a_domain_class_using_java_sql_is_reported() {
        var result = evaluate(RongheRules.domainDependsOnJavaBaseJMoleculesAndJtsOnly("violations"),
                fixtures("violations.domain"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.sql.Connection"));
    }

    @Test
    void an_application_class_using_a_logging_framework_is_reported() {
        var result = evaluate(RongheRules.applicationDependsOnDomainOnly("violations"),
                fixtures("violations.application"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("java.util.logging"));
    }

    @Test
    void a_primary_adapter_calling_a_secondary_port_is_reported_by_the_strict_hexagon() {
        var result = evaluate(JMoleculesArchitectureRules.ensureHexagonal(), fixtures("violations.hexagon"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("SneakyController")
                && line.contains("Secrets"));
    }

    @Test
    void an_aggregate_holding_another_aggregate_is_reported() {
        var result = evaluate(JMoleculesDddRules.all(), fixtures("violations.ddd"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("Committee.chair"));
    }

    @Test
    void a_package_cycle_is_reported() {
        var result = evaluate(RongheRules.noPackageCycles("violations.cycle"), fixtures("violations.cycle"));

        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void an_adapter_using_another_adapter_is_reported() {
        var classes = fixtures("violations.adapter");

        assertThat(RongheRules.adaptersAreIndependent("violations"))
                .anyMatch(rule -> evaluate(rule, classes).hasViolation());
    }

    @Test
    void a_port_package_without_its_stereotype_is_reported() {
        var classes = fixtures("violations.application");

        assertThat(RongheRules.packagesCarryTheirStereotypes("violations"))
                .anyMatch(rule -> evaluate(rule, classes).getFailureReport().getDetails().stream()
                        .anyMatch(line -> line.contains("Unmarked")));
    }

    @Test
    void the_real_code_passes_the_rules_that_fail_here() {
        // guards against rules that fail on everything: the same rules pass on Ronghe itself
        var ronghe = new ClassFileImporter().importPackages("org.ronghe.domain", "org.ronghe.application");
        assertThat(evaluate(RongheRules.domainDependsOnJavaBaseJMoleculesAndJtsOnly("org.ronghe"), ronghe)
                .hasViolation()).isFalse();
        assertThat(evaluate(RongheRules.applicationDependsOnDomainOnly("org.ronghe"), ronghe).hasViolation()).isFalse();
    }

    @Test
    void an_audit_class_knowing_another_contexts_event_is_reported() {
        var result = evaluate(RongheRules.auditKnowsNoContextsEvents("violations.audit"), fixtures("violations.audit"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("KnowingAuditor")
                && line.contains("MeetingHeld"));
    }

    @Test
    void an_adapter_going_round_a_context_to_its_service_is_reported_and_its_module_is_not() {
        var result = evaluate(RongheRules.adaptersReachContextsThroughTheirEntries("violations.reach"),
                fixtures("violations.reach"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("ShortcutRoutes") && line.contains("ThingService"))
                .noneMatch(line -> line.contains("<violations.reach.application.thing.ThingModule>"));
    }

    @Test
    void a_constructor_taking_nine_collaborators_is_reported_and_eight_with_data_are_not() {
        var result = evaluate(RongheRules.noConstructorTakesMoreThanEightCollaborators("violations.wiring"),
                fixtures("violations.wiring"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(1)
                .allMatch(line -> line.contains("Crowded.<init>") && line.contains("takes 9 collaborators"));
    }
}
