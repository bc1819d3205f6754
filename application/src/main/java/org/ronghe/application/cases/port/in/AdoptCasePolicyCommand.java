package org.ronghe.application.cases.port.in;

import java.util.List;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.shared.Violations;

/**
 * The district's case policy, whole.
 *
 * @param expectedVersion 0 to adopt the first policy, else the version read (the new one replaces it)
 */
public record AdoptCasePolicyCommand(long expectedVersion, List<CaseCategory> categories, WorkingCalendar calendar,
        ShortBoardRule shortBoard) {

    public AdoptCasePolicyCommand {
        var violations = new Violations();
        if (expectedVersion != 0) {
            CommandChecks.version(violations, expectedVersion);
        }
        CommandChecks.required(violations, "calendar", calendar, "shortBoard", shortBoard);
        violations.throwIfAny();
        categories = List.copyOf(categories == null ? List.of() : categories);
    }
}
