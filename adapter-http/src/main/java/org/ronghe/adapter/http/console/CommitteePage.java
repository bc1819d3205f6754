package org.ronghe.adapter.http.console;

import java.util.List;

/** A committee: what it is, its chair, its members with names and roles as of the day, and its whole history. */
public record CommitteePage(Frame frame, String id, String name, String nameEn, String tier, String field,
        String area, String status, String parent, String parentId, String plannedOn, String establishedOn,
        String dissolvedOn, String chair, List<Member> members, List<Member> history, List<Rules> rules) {

    public record Member(String organization, String role, String since, String until) {
    }

    public record Rules(String title, String kind, int version, String adoptedOn, String textOrLink) {
    }
}
