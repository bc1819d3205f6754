package org.ronghe.domain.committee;

import static org.ronghe.domain.organization.OrganizationKind.*;

import java.util.EnumSet;
import java.util.Set;

import org.ronghe.domain.area.Area;
import org.ronghe.domain.organization.OrganizationKind;

/**
 * Rule 3, "统筹协调、积极配合、广泛参与": which kind of organization may take which role in which tier.
 *
 * <table>
 * <caption>roles by tier and kind</caption>
 * <tr><th>tier</th><th>LEAD</th><th>COOPERATING</th><th>PARTICIPATING</th></tr>
 * <tr><td>district promotion</td><td>the district party committee</td><td>departments, towns</td>
 * <td>regional units, enterprises, institutions, "two new" organizations, villages</td></tr>
 * <tr><td>professional</td><td>a department party body</td><td>departments, towns</td><td>as above</td></tr>
 * <tr><td>area</td><td>a town of that area</td><td>departments, other towns</td><td>as above</td></tr>
 * </table>
 */
public final class MembershipPolicy {

    private static final Set<OrganizationKind> COOPERATORS = EnumSet.of(DEPARTMENT_PARTY_BODY, TOWN_PARTY_COMMITTEE);
    private static final Set<OrganizationKind> PARTICIPANTS = EnumSet.of(REGIONAL_UNIT, ENTERPRISE_PARTY_ORGANIZATION,
            INSTITUTION_PARTY_ORGANIZATION, NEW_ECONOMIC_SOCIAL_PARTY_ORGANIZATION,
            VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION);

    private MembershipPolicy() {
    }

    /**
     * @param area the committee's area (AREA tier only; null otherwise)
     * @throws LeadException if the candidate may not lead this committee
     * @throws MemberRoleNotAllowedException if its kind takes another role
     */
    public static void check(CommitteeTier tier, Area area, Candidate candidate, MembershipRole role) {
        OrganizationKind kind = candidate.kind();
        switch (role) {
            case LEAD -> {
                boolean may = switch (tier) {
                    case DISTRICT_PROMOTION -> kind == DISTRICT_PARTY_COMMITTEE;
                    case PROFESSIONAL -> kind == DEPARTMENT_PARTY_BODY;
                    case AREA -> kind == TOWN_PARTY_COMMITTEE && area != null && area.spans(candidate.organization());
                };
                if (!may) {
                    throw new LeadException(switch (tier) {
                        case DISTRICT_PROMOTION -> "the district party committee leads the promotion committee";
                        case PROFESSIONAL -> "a department party body leads a professional committee";
                        case AREA -> "an area committee is led by a town party organization of its own area";
                    });
                }
            }
            case COOPERATING -> {
                if (!COOPERATORS.contains(kind)) {
                    throw new MemberRoleNotAllowedException("a " + kind + " does not take part as COOPERATING: "
                            + "district departments and towns cooperate");
                }
            }
            case PARTICIPATING -> {
                if (!PARTICIPANTS.contains(kind)) {
                    throw new MemberRoleNotAllowedException("a " + kind + " does not take part as PARTICIPATING: "
                            + "regional units and grassroots organizations participate");
                }
            }
        }
    }
}
