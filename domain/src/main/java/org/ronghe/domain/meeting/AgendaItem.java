package org.ronghe.domain.meeting;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/**
 * A short-board problem (短板问题) raised for deliberation by a member of the host committee,
 * optionally about a project, area or committee, or a short-board problem the city cases raised ({@code link},
 * e.g. {@code project:<id>}, {@code short-board:<id>}). An item
 * carried over from an earlier meeting keeps its origin.
 */
public record AgendaItem(int number, OrganizationId raisedBy, String problem, String link, MeetingId carriedFrom,
        Integer carriedFromItem, boolean carriedOn) implements ValueObject {

    public AgendaItem {
        Objects.requireNonNull(raisedBy, "raisedBy");
        problem = Text.required("problem", problem, 2_000);
        link = Text.optional("link", link, 200);
        if (link != null && !link.matches("(project|area|committee|short-board):[0-9a-f-]{36}")) {
            throw new org.ronghe.domain.shared.InvalidValueException("link",
                    "must be project:<id>, area:<id>, committee:<id> or short-board:<id>");
        }
    }

    AgendaItem markCarriedOn() {
        return new AgendaItem(number, raisedBy, problem, link, carriedFrom, carriedFromItem, true);
    }
}
