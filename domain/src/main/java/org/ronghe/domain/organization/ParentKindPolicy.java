package org.ronghe.domain.organization;

import static org.ronghe.domain.organization.OrganizationKind.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds of organization may sit under which. The hierarchy of the district:
 *
 * <table>
 * <caption>parent kinds allowed for each kind</caption>
 * <tr><th>kind</th><th>parent</th></tr>
 * <tr><td>district party committee, neighbouring jurisdiction</td><td>none: they are roots</td></tr>
 * <tr><td>department party body, town party committee</td><td>the district party committee (required)</td></tr>
 * <tr><td>village / residential organization</td><td>a town party committee (required)</td></tr>
 * <tr><td>enterprise, institution, "two new" organization</td><td>district, department, town or village (optional)</td></tr>
 * <tr><td>regional unit</td><td>district, department or town (optional)</td></tr>
 * <tr><td>temporary party organization</td><td>any standing party organization (required)</td></tr>
 * </table>
 */
public final class ParentKindPolicy {

    private static final Set<OrganizationKind> STANDING_PARTY_ORGANIZATIONS = EnumSet.of(
            DISTRICT_PARTY_COMMITTEE, DEPARTMENT_PARTY_BODY, TOWN_PARTY_COMMITTEE,
            VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, ENTERPRISE_PARTY_ORGANIZATION,
            INSTITUTION_PARTY_ORGANIZATION, NEW_ECONOMIC_SOCIAL_PARTY_ORGANIZATION);

    private record Rule(boolean parentRequired, Set<OrganizationKind> allowedParents) {
    }

    private static final Map<OrganizationKind, Rule> RULES = Map.of(
            DISTRICT_PARTY_COMMITTEE, new Rule(false, EnumSet.noneOf(OrganizationKind.class)),
            NEIGHBOURING_JURISDICTION, new Rule(false, EnumSet.noneOf(OrganizationKind.class)),
            DEPARTMENT_PARTY_BODY, new Rule(true, EnumSet.of(DISTRICT_PARTY_COMMITTEE)),
            TOWN_PARTY_COMMITTEE, new Rule(true, EnumSet.of(DISTRICT_PARTY_COMMITTEE)),
            VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, new Rule(true, EnumSet.of(TOWN_PARTY_COMMITTEE)),
            ENTERPRISE_PARTY_ORGANIZATION, new Rule(false, EnumSet.of(DISTRICT_PARTY_COMMITTEE,
                    DEPARTMENT_PARTY_BODY, TOWN_PARTY_COMMITTEE, VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION)),
            INSTITUTION_PARTY_ORGANIZATION, new Rule(false, EnumSet.of(DISTRICT_PARTY_COMMITTEE,
                    DEPARTMENT_PARTY_BODY, TOWN_PARTY_COMMITTEE, VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION)),
            NEW_ECONOMIC_SOCIAL_PARTY_ORGANIZATION, new Rule(false, EnumSet.of(DISTRICT_PARTY_COMMITTEE,
                    DEPARTMENT_PARTY_BODY, TOWN_PARTY_COMMITTEE, VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION)),
            REGIONAL_UNIT, new Rule(false, EnumSet.of(DISTRICT_PARTY_COMMITTEE, DEPARTMENT_PARTY_BODY,
                    TOWN_PARTY_COMMITTEE)),
            TEMPORARY_PARTY_ORGANIZATION, new Rule(true, STANDING_PARTY_ORGANIZATIONS));

    private ParentKindPolicy() {
    }

    /** Throws {@link ParentKindNotAllowedException} unless {@code child} may sit under {@code parent} (null: none). */
    public static void check(OrganizationKind child, OrganizationKind parent) {
        Rule rule = RULES.get(child);
        if (parent == null) {
            if (rule.parentRequired()) {
                throw new ParentKindNotAllowedException(child, null, rule.allowedParents());
            }
            return;
        }
        if (!rule.allowedParents().contains(parent)) {
            throw new ParentKindNotAllowedException(child, parent, rule.allowedParents());
        }
    }

    public static Set<OrganizationKind> allowedParents(OrganizationKind child) {
        return Set.copyOf(RULES.get(child).allowedParents());
    }

    public static boolean parentRequired(OrganizationKind child) {
        return RULES.get(child).parentRequired();
    }
}
