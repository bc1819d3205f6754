package org.ronghe.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The architecture of Ronghe, checked on the production classes of every module. */
class ArchitectureTest {

    private static JavaClasses ronghe;

    @BeforeAll
    static void importRonghe() {
        // sibling modules arrive as jars or class folders; only this module's test classes are left out
        ronghe = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ronghe");
    }

    @Test
    void every_module_was_imported() {
        assertThat(ronghe.containPackage("org.ronghe.domain.organization")).isTrue();
        assertThat(ronghe.containPackage("org.ronghe.application.organization.service")).isTrue();
        assertThat(ronghe.containPackage("org.ronghe.adapter.persistence.jdbi")).isTrue();
        assertThat(ronghe.containPackage("org.ronghe.adapter.http.organization")).isTrue();
        assertThat(ronghe.containPackage("org.ronghe.server")).isTrue();
    }

    @Test
    void the_hexagon_holds_strictly() {
        JMoleculesArchitectureRules.ensureHexagonal().check(ronghe);
    }

    @Test
    void aggregates_follow_the_ddd_rules() {
        JMoleculesDddRules.all().check(ronghe);
    }

    @Test
    void the_domain_depends_on_java_base_jmolecules_and_jts_only() {
        RongheRules.domainDependsOnJavaBaseJMoleculesAndJtsOnly("org.ronghe").check(ronghe);
    }

    @Test
    void the_application_depends_on_the_domain_only() {
        RongheRules.applicationDependsOnDomainOnly("org.ronghe").check(ronghe);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        RongheRules.adaptersAreIndependent("org.ronghe").forEach(rule -> rule.check(ronghe));
    }

    @Test
    void packages_are_free_of_cycles() {
        RongheRules.noPackageCycles("org.ronghe").check(ronghe);
    }

    @Test
    void the_domain_carries_no_hexagonal_stereotype() {
        RongheRules.domainCarriesNoHexagonalStereotype("org.ronghe").check(ronghe);
    }

    @Test
    void every_port_service_and_adapter_package_carries_its_stereotype() {
        RongheRules.packagesCarryTheirStereotypes("org.ronghe").forEach(rule -> rule.check(ronghe));
    }

    @Test
    void the_audit_trail_knows_no_contexts_events() {
        RongheRules.auditKnowsNoContextsEvents("org.ronghe").check(ronghe);
    }

    @Test
    void adapters_reach_a_context_through_its_entry_only() {
        RongheRules.adaptersReachContextsThroughTheirEntries("org.ronghe").check(ronghe);
    }

    @Test
    void no_constructor_takes_more_than_eight_collaborators() {
        RongheRules.noConstructorTakesMoreThanEightCollaborators("org.ronghe").check(ronghe);
    }

    @Test
    void the_embedding_entry_stays_a_short_list_of_modules() throws java.io.IOException {
        // the module's folder is the working directory of its tests
        var entry = java.nio.file.Path.of("../application/src/main/java/org/ronghe/application/Ronghe.java");

        // 143 lines with eleven contexts (ADR 0014); a context adds six (its field, its line of assembly, its getter)
        assertThat(java.nio.file.Files.readAllLines(entry)).hasSizeLessThan(160);
    }
}
