package org.ronghe.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.DomainException;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The one message catalogue is complete: every problem code the domain, the application or this adapter
 * gives has an English and a Chinese title and a Chinese explanation, and every value of every enum of
 * the domain has a Chinese and an English label.
 */
class MessagesTest {

    private static final Messages MESSAGES = Messages.catalogue();

    /** The codes this adapter and the application give themselves (the domain's are found below). */
    private static final Set<String> PLATFORM_CODES = Set.of("malformed-request", "invalid-request-body",
            "unsupported-media-type", "precondition-required", "malformed-if-match", "not-found", "method-not-allowed",
            "content-too-large", "rate-limited", "too-many-failed-authentications", "storage-busy",
            "storage-unavailable", "dependency-down", "internal-error", "idempotency-key-reused",
            "idempotent-request-in-progress", "signature-rejected", "server-busy");

    private static List<JavaClass> classes() {
        return new ArrayList<>(new ClassFileImporter().importPackages("org.ronghe.domain", "org.ronghe.application"));
    }

    /**
     * The code of every concrete domain exception. Each is given its code when it is made, so each is made
     * once with plain stand-in arguments (its code never depends on them).
     */
    private static Set<String> domainCodes() {
        Set<String> codes = new TreeSet<>();
        for (JavaClass javaClass : classes()) {
            Class<?> type = javaClass.reflect();
            if (DomainException.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                codes.add(madeWithStandIns(type).code());
            }
        }
        return codes;
    }

    private static DomainException madeWithStandIns(Class<?> type) {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(MessagesTest::standIn).toArray();
            try {
                constructor.setAccessible(true);
                return (DomainException) constructor.newInstance(arguments);
            } catch (ReflectiveOperationException | RuntimeException tryTheNext) {
                // a constructor that checks its arguments more closely: the next one may take stand-ins
            }
        }
        throw new AssertionError(type.getName() + " could not be made with stand-in arguments");
    }

    private static Object standIn(Class<?> parameter) {
        if (parameter == String.class || parameter == Object.class) {
            return "x";
        }
        if (parameter == long.class || parameter == Long.class) {
            return 0L;
        }
        if (parameter == int.class || parameter == Integer.class) {
            return 0;
        }
        if (parameter == boolean.class) {
            return false;
        }
        if (parameter.isEnum()) {
            return parameter.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(parameter) || Collection.class == parameter) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(parameter)) {
            return Set.of();
        }
        return null;
    }

    @Test
    void every_problem_code_is_named_in_english_and_chinese_and_explained_in_chinese() throws Exception {
        Set<String> codes = new TreeSet<>(domainCodes());
        codes.addAll(PLATFORM_CODES);

        assertThat(codes).hasSizeGreaterThan(50);
        for (String code : codes) {
            assertThat(MESSAGES.problemTitle(code, Messages.Language.EN)).as(code + " English title").isPresent();
            assertThat(MESSAGES.problemTitle(code, Messages.Language.ZH)).as(code + " Chinese title").isPresent();
            assertThat(MESSAGES.problemDetailZh(code)).as(code + " Chinese explanation").isPresent();
        }
        assertThat(MESSAGES.problemCodes()).as("no entry for a code nothing gives").isSubsetOf(codes);
    }

    @Test
    void every_grid_rule_a_refused_plan_names_is_named_in_chinese_and_english() {
        for (String rule : org.ronghe.domain.grid.GridPlanRules.RULES) {
            assertThat(MESSAGES.gridRuleTitle(rule, Messages.Language.ZH)).as(rule + " Chinese").isPresent();
            assertThat(MESSAGES.gridRuleTitle(rule, Messages.Language.EN)).as(rule + " English").isPresent();
        }
    }

    @Test
    void every_value_of_every_domain_enum_has_a_chinese_and_an_english_label() {
        int values = 0;
        for (JavaClass javaClass : classes()) {
            if (!javaClass.isEnum() || !javaClass.getPackageName().startsWith("org.ronghe.domain")) {
                continue;
            }
            for (Object value : javaClass.reflect().getEnumConstants()) {
                Enum<?> constant = (Enum<?>) value;
                String key = "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                assertThat(MESSAGES.has(key + ".zh")).as(key + ".zh").isTrue();
                assertThat(MESSAGES.has(key + ".en")).as(key + ".en").isTrue();
                values++;
            }
        }
        assertThat(values).isGreaterThanOrEqualTo(78);
        assertThat(MESSAGES.label(org.ronghe.domain.committee.CommitteeTier.DISTRICT_PROMOTION, Messages.Language.ZH))
                .isEqualTo("区级推进委员会");
    }

    @Test
    void the_statuses_the_web_server_answers_before_any_route_have_chinese_titles() {
        for (int status : new int[] { 400, 404, 405, 408, 413, 414, 415, 431, 500, 503, 505 }) {
            assertThat(MESSAGES.statusZh(status)).as(String.valueOf(status)).isPresent();
        }
    }

    @Test
    void the_language_follows_accept_language_with_its_qualities_else_the_servers() {
        assertThat(Messages.negotiate("zh-CN", Messages.Language.EN)).isEqualTo(Messages.Language.ZH);
        assertThat(Messages.negotiate("zh-Hans-CN,zh;q=0.9,en;q=0.8", Messages.Language.EN)).isEqualTo(Messages.Language.ZH);
        assertThat(Messages.negotiate("en-US,en;q=0.9,zh;q=0.5", Messages.Language.ZH)).isEqualTo(Messages.Language.EN);
        assertThat(Messages.negotiate("fr-FR", Messages.Language.ZH)).isEqualTo(Messages.Language.ZH);
        assertThat(Messages.negotiate(null, Messages.Language.EN)).isEqualTo(Messages.Language.EN);
        assertThat(Messages.negotiate("zh;q=x", Messages.Language.EN)).isEqualTo(Messages.Language.EN);
    }
}
