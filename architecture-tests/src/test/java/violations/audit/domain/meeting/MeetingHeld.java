package violations.audit.domain.meeting;

import org.jmolecules.event.types.DomainEvent;

/** Another context's event. */
public record MeetingHeld(String meeting) implements DomainEvent {
}
