package org.ronghe.domain.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * A kind of case and the department that owns it (条块: the department sinks its resources to the grid): how
 * urgent, how long to sign for and to respond, and when a repeat is the same problem again.
 *
 * @param code         upper-case letters, digits and hyphens, as sign platforms and Open311 use it (FIRE_LANE)
 * @param department   the department's party body that handles its cases
 * @param repeatWindow a signal of this category within this time of an open case's ...
 * @param repeatMetres ... and within this distance of it joins that case as a duplicate (0: never)
 */
public record CaseCategory(String code, BilingualName name, OrganizationId department, Urgency urgency,
        TimeLimit toSignFor, TimeLimit toRespond, Duration repeatWindow, int repeatMetres) implements ValueObject {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");
    static final Duration MAX_REPEAT_WINDOW = Duration.ofDays(90);
    static final int MAX_REPEAT_METRES = 5_000;

    public CaseCategory {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "must be 2 to 32 upper-case letters, digits, _ or -, starting"
                    + " with a letter, was " + code);
        }
        Objects.requireNonNull(name, "name");
        if (department == null) {
            throw new InvalidValueException("departmentId", "is required");
        }
        if (urgency == null) {
            throw new InvalidValueException("urgency", "is required");
        }
        if (toSignFor == null || toRespond == null) {
            throw new InvalidValueException("timeLimits", "the time to sign for and to respond are required");
        }
        if (repeatWindow == null || repeatWindow.isNegative() || repeatWindow.compareTo(MAX_REPEAT_WINDOW) > 0) {
            throw new InvalidValueException("repeatWindow", "must be from 0 to 90 days, was " + repeatWindow);
        }
        if (repeatMetres < 0 || repeatMetres > MAX_REPEAT_METRES) {
            throw new InvalidValueException("repeatMetres", "must be from 0 to 5000, was " + repeatMetres);
        }
    }

    /**
     * Whether a signal of this category, at a point and time, repeats an open case of it: the same category,
     * within the window either side of the case's reception (deliveries arrive out of order) and the distance
     * (to the metre).
     */
    public boolean repeats(CityCase open, GeoPoint point, Instant at) {
        return open.status().isOpen() && open.category().equals(code) && repeatMetres > 0
                && Duration.between(open.receivedAt(), at).abs().compareTo(repeatWindow) <= 0
                && Math.round(open.location().metresTo(point)) <= repeatMetres;
    }
}
