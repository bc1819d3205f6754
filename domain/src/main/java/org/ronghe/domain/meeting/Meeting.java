package org.ronghe.domain.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * A meeting of one of the collaboration mechanisms, hosted by a fusion committee: its agenda of
 * short-board problems, attendance, minutes and resolutions. SCHEDULED → HELD → MINUTES_APPROVED, or
 * CANCELLED; a reschedule keeps the earlier slots. Who may do what (the host committee's LEAD
 * convenes, members raise items) is decided by the application before these methods run.
 */
public final class Meeting implements AggregateRoot<Meeting, MeetingId> {

    /** Everything a meeting is; for scheduling, storing and restoring. */
    public record State(MeetingId id, MeetingMechanism mechanism, String title, CommitteeId host, Slot slot,
            List<Slot> earlierSlots, Set<OrganizationId> invited, Set<OrganizationId> attended,
            List<AgendaItem> agenda, String minutes, List<Resolution> resolutions, MeetingStatus status,
            String cancelReason, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(mechanism, "mechanism");
            title = Text.required("title", title, 300);
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(slot, "slot");
            earlierSlots = List.copyOf(earlierSlots == null ? List.of() : earlierSlots);
            invited = Set.copyOf(invited == null ? Set.of() : invited);
            attended = Set.copyOf(attended == null ? Set.of() : attended);
            agenda = List.copyOf(agenda == null ? List.of() : agenda);
            resolutions = List.copyOf(resolutions == null ? List.of() : resolutions);
            Objects.requireNonNull(status, "status");
        }
    }

    private State s;

    private Meeting(State state) {
        this.s = state;
    }

    public record Scheduling(Meeting meeting, MeetingScheduled event) {
    }

    public static Scheduling schedule(MeetingId id, MeetingMechanism mechanism, String title, CommitteeId host,
            Slot slot, Set<OrganizationId> invited, Instant now) {
        var meeting = new Meeting(new State(id, mechanism, title, host, slot, List.of(), invited, Set.of(), List.of(),
                null, List.of(), MeetingStatus.SCHEDULED, null, 0));
        return new Scheduling(meeting, new MeetingScheduled(id, mechanism, meeting.s.title(), host, slot, now));
    }

    public static Meeting restore(State state) {
        return new Meeting(state);
    }

    public MeetingRescheduled reschedule(Slot to, String reason, Instant now) {
        require(MeetingStatus.SCHEDULED, "only a scheduled meeting is rescheduled");
        String why = Text.required("reason", reason, 500);
        var earlier = new ArrayList<>(s.earlierSlots());
        earlier.add(s.slot());
        var event = new MeetingRescheduled(s.id(), s.slot(), to, why, now);
        s = with(to, earlier, s.attended(), s.agenda(), s.minutes(), s.resolutions(), s.status(), s.cancelReason());
        return event;
    }

    public MeetingCancelled cancel(String reason, Instant now) {
        require(MeetingStatus.SCHEDULED, "only a scheduled meeting is cancelled");
        String why = Text.required("reason", reason, 500);
        s = with(s.slot(), s.earlierSlots(), s.attended(), s.agenda(), s.minutes(), s.resolutions(),
                MeetingStatus.CANCELLED, why);
        return new MeetingCancelled(s.id(), why, now);
    }

    /**
     * Puts a problem on the agenda while the meeting is scheduled. Who may raise it, and in whose name,
     * is {@link org.ronghe.domain.access.MeetingStewardship}'s to decide; an item from an earlier
     * meeting comes by {@link #carryOver}.
     */
    public AgendaItemRaised raise(OrganizationId raisedBy, String problem, String link, Instant now) {
        return raise(raisedBy, problem, link, null, null, now);
    }

    private AgendaItemRaised raise(OrganizationId raisedBy, String problem, String link, MeetingId carriedFrom,
            Integer carriedFromItem, Instant now) {
        require(MeetingStatus.SCHEDULED, "problems are raised before the meeting is held");
        var agenda = new ArrayList<>(s.agenda());
        int number = agenda.size() + 1;
        agenda.add(new AgendaItem(number, raisedBy, problem, link, carriedFrom, carriedFromItem, false));
        s = with(s.slot(), s.earlierSlots(), s.attended(), agenda, s.minutes(), s.resolutions(), s.status(),
                s.cancelReason());
        return new AgendaItemRaised(s.id(), number, raisedBy, carriedFrom, now);
    }

    /** Holds the meeting: who attended, and the minutes. */
    public MeetingHeld hold(Set<OrganizationId> attended, String minutes, Instant now) {
        require(MeetingStatus.SCHEDULED, "only a scheduled meeting is held");
        if (attended == null || attended.isEmpty()) {
            throw new InvalidValueException("attended", "a held meeting had at least one organization attending");
        }
        String text = Text.required("minutes", minutes, 20_000);
        s = with(s.slot(), s.earlierSlots(), attended, s.agenda(), text, s.resolutions(), MeetingStatus.HELD,
                s.cancelReason());
        return new MeetingHeld(s.id(), attended.size(), now);
    }

    /** Adopts a resolution on an agenda item of a held meeting (before its minutes are approved). */
    public ResolutionAdopted resolve(int agendaItem, String text, Instant now) {
        require(MeetingStatus.HELD, "resolutions are adopted at a held meeting, before its minutes are approved");
        if (item(agendaItem, "agendaItem").carriedOn()) {
            throw new MeetingLifecycleException("agenda item " + agendaItem + " was carried on to a later meeting: "
                    + "it is resolved there");
        }
        var resolutions = new ArrayList<>(s.resolutions());
        int number = resolutions.size() + 1;
        resolutions.add(new Resolution(number, agendaItem, text));
        s = with(s.slot(), s.earlierSlots(), s.attended(), s.agenda(), s.minutes(), resolutions, s.status(),
                s.cancelReason());
        return new ResolutionAdopted(s.id(), number, agendaItem, now);
    }

    public MinutesApproved approveMinutes(Instant now) {
        require(MeetingStatus.HELD, "minutes are approved after the meeting was held");
        s = with(s.slot(), s.earlierSlots(), s.attended(), s.agenda(), s.minutes(), s.resolutions(),
                MeetingStatus.MINUTES_APPROVED, s.cancelReason());
        return new MinutesApproved(s.id(), now);
    }

    /** The two sides of carrying an item over: the origin marked, the later meeting's new item. */
    public record CarryOver(AgendaItemCarriedOn carried, AgendaItemRaised raised) {
    }

    /**
     * Carries an item not dealt with here on to a later meeting of the same committee, which raises it
     * with this origin and the organization that first raised it; the problem and link may be restated
     * (null keeps them). A committee's problems stay on its own agenda: another committee raises the
     * problem anew, with a link, instead of taking the item over.
     *
     * @throws CarryOverException if the later meeting is this one or another committee's
     * @throws MeetingLifecycleException if this meeting is still scheduled, the item was resolved or
     *     carried on already, or the later meeting is no longer scheduled
     */
    public CarryOver carryOver(int agendaItem, Meeting to, String problem, String link, Instant now) {
        Objects.requireNonNull(to, "to");
        if (to.getId().equals(s.id())) {
            throw new CarryOverException("an item is carried on to another meeting, not to its own");
        }
        if (!to.host().equals(s.host())) {
            throw new CarryOverException("an item is carried on only to a later meeting of the same committee; "
                    + "another committee raises the problem anew");
        }
        if (!to.s.slot().start().isAfter(s.slot().start())) {
            throw new CarryOverException("an item is carried on to a later meeting, one that starts after this one");
        }
        if (s.status() == MeetingStatus.SCHEDULED) {
            throw new MeetingLifecycleException("an item is carried on once its meeting was held or cancelled");
        }
        AgendaItem item = item(agendaItem, "carriedFromItem");
        if (item.carriedOn() || s.resolutions().stream().anyMatch(r -> r.agendaItem() == agendaItem)) {
            throw new MeetingLifecycleException("agenda item " + agendaItem + " was dealt with or carried on already");
        }
        var raised = to.raise(item.raisedBy(), problem != null ? problem : item.problem(),
                link != null ? link : item.link(), s.id(), agendaItem, now);
        var agenda = new ArrayList<>(s.agenda());
        agenda.set(agendaItem - 1, item.markCarriedOn());
        s = with(s.slot(), s.earlierSlots(), s.attended(), agenda, s.minutes(), s.resolutions(), s.status(),
                s.cancelReason());
        return new CarryOver(new AgendaItemCarriedOn(s.id(), agendaItem, to.getId(), now), raised);
    }

    public Resolution resolution(int number) {
        return s.resolutions().stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new UnknownResolutionException("meeting " + s.id() + " has no resolution " + number));
    }

    private AgendaItem item(int number, String field) {
        if (number < 1 || number > s.agenda().size()) {
            throw new UnknownAgendaItemException(field, "meeting " + s.id() + " has "
                    + (s.agenda().isEmpty() ? "no agenda items" : "agenda items 1 to " + s.agenda().size()));
        }
        return s.agenda().get(number - 1);
    }

    private void require(MeetingStatus expected, String rule) {
        if (s.status() != expected) {
            throw new MeetingLifecycleException(rule + "; this one is " + s.status());
        }
    }

    private State with(Slot slot, List<Slot> earlier, Set<OrganizationId> attended, List<AgendaItem> agenda,
            String minutes, List<Resolution> resolutions, MeetingStatus status, String cancelReason) {
        return new State(s.id(), s.mechanism(), s.title(), s.host(), slot, earlier, s.invited(), attended, agenda,
                minutes, resolutions, status, cancelReason, s.version());
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.mechanism(), s.title(), s.host(), s.slot(), s.earlierSlots(), s.invited(), s.attended(),
                s.agenda(), s.minutes(), s.resolutions(), s.status(), s.cancelReason(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public MeetingId getId() {
        return s.id();
    }

    public CommitteeId host() {
        return s.host();
    }

    public MeetingMechanism mechanism() {
        return s.mechanism();
    }

    public MeetingStatus status() {
        return s.status();
    }

    public long version() {
        return s.version();
    }
}
