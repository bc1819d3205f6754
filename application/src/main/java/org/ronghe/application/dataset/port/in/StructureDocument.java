package org.ronghe.application.dataset.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole structure as one document ({@value #FORMAT}): organizations (parents before children),
 * areas, and committees with their chairs, memberships (with since/until) and rules. Entries refer
 * to each other by {@code key}, a name local to the document; an export uses ids as keys.
 * {@code illustrative} marks what a data set wrote plausibly rather than took from its source.
 */
public record StructureDocument(String format, LocalDate referenceDate, String description,
        List<OrganizationEntry> organizations, List<AreaEntry> areas, List<CommitteeEntry> committees) {

    public static final String FORMAT = "ronghe-structure/1";

    public StructureDocument {
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        areas = areas == null ? List.of() : List.copyOf(areas);
        committees = committees == null ? List.of() : List.copyOf(committees);
    }

    public record OrganizationEntry(String key, String kind, String name, String nameEn, String parent,
            String jurisdiction, boolean illustrative) {
    }

    public record AreaEntry(String key, String layout, String name, String nameEn, List<String> towns,
            boolean illustrative) {
    }

    public record CommitteeEntry(String key, String tier, String name, String nameEn, String field, String area,
            LocalDate plannedOn, LocalDate establishedOn, LocalDate dissolvedOn, ChairEntry chair,
            List<MemberEntry> members, List<RulesEntry> rules, boolean illustrative) {

        public CommitteeEntry {
            members = members == null ? List.of() : List.copyOf(members);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    public record ChairEntry(String name, String position, LocalDate on) {
    }

    public record MemberEntry(String organization, String role, LocalDate since, LocalDate until) {
    }

    public record RulesEntry(String kind, String title, LocalDate adoptedOn, String textOrLink) {
    }
}
