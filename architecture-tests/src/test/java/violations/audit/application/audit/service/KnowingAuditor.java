package violations.audit.application.audit.service;

import violations.audit.domain.meeting.MeetingHeld;

/** An audit class that knows another context's event: adding an event would edit the audit trail. */
public class KnowingAuditor {

    public String describe(Object event) {
        return event instanceof MeetingHeld held ? "meeting " + held.meeting() : "?";
    }
}
