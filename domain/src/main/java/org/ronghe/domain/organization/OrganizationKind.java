package org.ronghe.domain.organization;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ronghe.domain.shared.InvalidValueException;

/** What kind of body takes part in integrated party building (组织 / 党组织 / 单位). */
public enum OrganizationKind {
    /** 区委: top of the district, principal of every domain-project agreement. */
    DISTRICT_PARTY_COMMITTEE,
    /** 区级部门党委(党组): a district department's party committee or party group. */
    DEPARTMENT_PARTY_BODY,
    /** 街镇党组织: a town's or subdistrict's party committee. */
    TOWN_PARTY_COMMITTEE,
    /** 村居党组织: a village's or residential community's party organization. */
    VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
    /** The party organization of an enterprise. */
    ENTERPRISE_PARTY_ORGANIZATION,
    /** The party organization of an institution (school, hospital, ...). */
    INSTITUTION_PARTY_ORGANIZATION,
    /** 两新组织: party organization of a new economic or new social organization. */
    NEW_ECONOMIC_SOCIAL_PARTY_ORGANIZATION,
    /** 临时党组织: formed during a mobilization. */
    TEMPORARY_PARTY_ORGANIZATION,
    /** 区域单位: an enterprise, institution, school or hospital that takes part in co-building. */
    REGIONAL_UNIT,
    /** A neighbouring city or county, e.g. Kunshan or Taicang in cross-border co-governance. */
    NEIGHBOURING_JURISDICTION;

    /** Parses a kind by its exact name; an unknown kind is an invalid value that lists the known ones. */
    public static OrganizationKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("kind", "is required");
        }
        for (OrganizationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new InvalidValueException("kind", "must be one of " + Arrays.stream(values())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
