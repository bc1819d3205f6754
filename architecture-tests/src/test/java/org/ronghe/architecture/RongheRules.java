package org.ronghe.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of Ronghe, written against a root package so that the self-tests can run the
 * very same rules on deliberately violating fixtures under another root.
 */
final class RongheRules {

    private static final Set<String> JAVA_BASE_PACKAGES = ModuleLayer.boot().findModule("java.base")
            .orElseThrow().getPackages();

    private RongheRules() {
    }

    /** Classes of the JDK's java.base module (java.lang, java.util, java.time, ...), but no other module. */
    static DescribedPredicate<JavaClass> javaBase() {
        return DescribedPredicate.describe("in module java.base", type -> {
            JavaClass base = type.getBaseComponentType();
            return base.isPrimitive() || JAVA_BASE_PACKAGES.contains(base.getPackageName());
        });
    }

    static DescribedPredicate<JavaClass> inPackages(String... packages) {
        return DescribedPredicate.describe("in " + String.join(" or ", packages),
                type -> type.getBaseComponentType().getPackage() != null
                        && List.of(packages).stream().anyMatch(p -> type.getBaseComponentType().getPackageName()
                                .equals(p) || type.getBaseComponentType().getPackageName().startsWith(p + ".")));
    }

    /**
     * The domain depends on java.base, jMolecules and, for territories, JTS only (no java.sql, no frameworks,
     * no logging; ADR 0017): JTS is a library of geometric values with no I/O.
     */
    static ArchRule domainDependsOnJavaBaseJMoleculesAndJtsOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat(javaBase().or(inPackages(root + ".domain", "org.jmolecules",
                        "org.locationtech.jts")))
                .because("the domain is pure: embedding teams take it without framework baggage");
    }

    /** The application depends on the domain, java.base and jMolecules only. */
    static ArchRule applicationDependsOnDomainOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat(javaBase().or(inPackages(root + ".application", root + ".domain",
                        "org.jmolecules")))
                .because("use cases know nothing of HTTP, SQL or JSON");
    }

    /** No adapter uses another adapter: each talks to the application only. */
    static List<ArchRule> adaptersAreIndependent(String root) {
        List<String> adapters = List.of(root + ".adapter.persistence.memory", root + ".adapter.persistence.jdbi",
                root + ".adapter.http");
        return adapters.stream().flatMap(from -> adapters.stream().filter(to -> !to.equals(from))
                .map(to -> (ArchRule) noClasses().that().resideInAPackage(from + "..")
                        .should().dependOnClassesThat().resideInAPackage(to + "..")
                        .because("adapters never depend on each other; the server composes them")))
                .toList();
    }

    /** No two packages depend on each other, directly or around a loop. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** The domain carries no hexagonal stereotype: it is the centre, not a port or an adapter. */
    static ArchRule domainCarriesNoHexagonalStereotype(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().beAnnotatedWith(hexagonal())
                .orShould().beMetaAnnotatedWith(hexagonal());
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaAnnotation<?>> hexagonal() {
        return DescribedPredicate.describe("a jMolecules hexagonal annotation",
                annotation -> annotation.getRawType().getPackageName()
                        .equals("org.jmolecules.architecture.hexagonal"));
    }

    /**
     * Every class in a port, service or adapter package sits in a package that carries the matching
     * stereotype (stereotypes are not inherited by sub-packages, so each needs its package-info).
     */
    static List<ArchRule> packagesCarryTheirStereotypes(String root) {
        return List.of(
                stereotyped(root + ".application..port.in..", org.jmolecules.architecture.hexagonal.PrimaryPort.class),
                stereotyped(root + ".application..port.out..", org.jmolecules.architecture.hexagonal.SecondaryPort.class),
                stereotyped(root + ".application..service..", org.jmolecules.architecture.hexagonal.Application.class),
                stereotyped(root + ".adapter.persistence..", org.jmolecules.architecture.hexagonal.SecondaryAdapter.class),
                stereotyped(root + ".adapter.http..", org.jmolecules.architecture.hexagonal.PrimaryAdapter.class));
    }

    private static ArchRule stereotyped(String packages, Class<? extends Annotation> stereotype) {
        return classes().that().resideInAPackage(packages).and().doNotHaveSimpleName("package-info")
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>(
                        "reside in a package annotated with @" + stereotype.getSimpleName()) {
                    @Override
                    public void check(JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!type.getPackage().isAnnotatedWith(stereotype)) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                                    type.getName() + ": package " + type.getPackageName() + " has no @" + stereotype.getSimpleName()
                                            + " in its package-info.java"));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /**
     * The audit trail knows no context's events: each context describes its own (its {@code *Audit}
     * descriptions), so adding an event never edits {@code application/audit}.
     */
    static ArchRule auditKnowsNoContextsEvents(String root) {
        return noClasses().that().resideInAPackage(root + ".application.audit..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are another context's domain events",
                        type -> type.isAssignableTo(org.jmolecules.event.types.DomainEvent.class)
                                && !type.isEquivalentTo(org.jmolecules.event.types.DomainEvent.class)
                                && !inPackages(root + ".domain.audit").test(type)))
                .because("each context describes its own events for the audit trail (docs/adr/0014)");
    }

    /**
     * Adapters reach a context only through its entry: its module, its ports ({@code port.in}: commands,
     * queries, changes, views; {@code port.out} for the adapters that implement them), never its services.
     */
    static ArchRule adaptersReachContextsThroughTheirEntries(String root) {
        String application = root + ".application";
        DescribedPredicate<JavaClass> entry = DescribedPredicate.describe(
                "a context's module, one of its ports, the storage port or " + application + ".Ronghe",
                type -> {
                    String pkg = type.getBaseComponentType().getPackageName();
                    if (!pkg.equals(application) && !pkg.startsWith(application + ".")) {
                        return true;
                    }
                    String inside = pkg.equals(application) ? "" : pkg.substring(application.length() + 1);
                    boolean module = !inside.isEmpty() && !inside.contains(".")
                            && type.getBaseComponentType().getSimpleName().endsWith("Module");
                    return module || inside.contains(".port") && (inside.endsWith(".port") || inside.contains(".port."))
                            || inside.equals("storage") || inside.isEmpty() && type.getSimpleName().equals("Ronghe");
                });
        return classes().that().resideInAnyPackage(root + ".adapter..", root + ".server..")
                .should().onlyDependOnClassesThat(entry)
                .because("a context is reached through its Commands, Queries and views (docs/adr/0014)");
    }

    /** The most collaborators a constructor or record may take (use cases, services, modules, ports). */
    static final int MOST_COLLABORATORS = 8;

    /**
     * No constructor takes more than {@link #MOST_COLLABORATORS} collaborators: a hub that wires every
     * context by hand is split into modules. Data (records, enums, values) does not count; a collaborator is
     * an interface of the code base or a class named as one (module, service, routes, storage, platform).
     */
    static ArchRule noConstructorTakesMoreThanEightCollaborators(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>(
                        "take at most " + MOST_COLLABORATORS + " collaborators in a constructor") {
                    @Override
                    public void check(JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                        for (var constructor : type.getConstructors()) {
                            var collaborators = constructor.getRawParameterTypes().stream()
                                    .filter(parameter -> isCollaborator(root, parameter)).toList();
                            if (collaborators.size() > MOST_COLLABORATORS) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                                        constructor.getFullName() + " takes " + collaborators.size()
                                                + " collaborators: " + collaborators.stream()
                                                        .map(JavaClass::getSimpleName).toList()));
                            }
                        }
                    }
                });
    }

    private static final List<String> COLLABORATOR_SUFFIXES = List.of("Module", "Service", "Routes", "Storage",
            "Platform", "Writes", "Commands", "Queries", "UseCase", "Ronghe");

    private static boolean isCollaborator(String root, JavaClass parameter) {
        if (!inPackages(root).test(parameter) || parameter.isEnum() || parameter.isArray()) {
            return false;
        }
        // a sealed interface is a closed set of data (a Change), not something to call
        return parameter.isInterface() && !parameter.reflect().isSealed()
                || COLLABORATOR_SUFFIXES.stream().anyMatch(parameter.getSimpleName()::endsWith);
    }
}
