package org.ronghe.domain.meeting;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/** When and where a meeting takes place: instants (shown in Asia/Shanghai) and a venue. */
public record Slot(Instant start, Instant end, String venue) implements ValueObject {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Days.plausible("start", start);
        Days.plausible("end", end);
        if (!end.isAfter(start)) {
            throw new InvalidValueException("end", "a meeting ends after it starts");
        }
        venue = Text.required("venue", venue, 300);
    }
}
