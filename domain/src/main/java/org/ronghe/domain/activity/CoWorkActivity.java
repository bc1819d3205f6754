package org.ronghe.domain.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * Something organizations did together in one of the five co-work forms: on a day, optionally under
 * a committee and about a project or area ({@code link}, e.g. {@code area:<id>}). It takes at least
 * two organizations — co-work done alone is not co-work. A record made in error is withdrawn with a
 * reason rather than deleted, so that counts can be explained.
 */
public final class CoWorkActivity implements AggregateRoot<CoWorkActivity, ActivityId> {

    public record State(ActivityId id, CoWorkForm form, String title, CommitteeId committee,
            Set<OrganizationId> organizations, LocalDate heldOn, String link, boolean withdrawn, String withdrawReason,
            long version) {

        public State {
            Objects.requireNonNull(id, "id");
            if (form == null) {
                throw new InvalidValueException("form", "is required");
            }
            title = Text.required("title", title, 500);
            organizations = Set.copyOf(organizations == null ? Set.of() : organizations);
            if (organizations.size() < 2) {
                throw new InvalidValueException("organizationIds", "co-work takes at least two organizations");
            }
            if (heldOn == null) {
                throw new InvalidValueException("heldOn", "is required");
            }
            link = Text.optional("link", link, 200);
            if (link != null && !link.matches("(project|area):[0-9a-f-]{36}")) {
                throw new InvalidValueException("link", "must be project:<id> or area:<id>");
            }
        }
    }

    private State s;

    private CoWorkActivity(State state) {
        this.s = state;
    }

    public record Recording(CoWorkActivity activity, ActivityRecorded event) {
    }

    public static Recording record(ActivityId id, CoWorkForm form, String title, CommitteeId committee,
            Set<OrganizationId> organizations, LocalDate heldOn, String link, Instant now) {
        Days.plausible("heldOn", heldOn);
        var activity = new CoWorkActivity(new State(id, form, title, committee, organizations, heldOn, link, false, null,
                0));
        return new Recording(activity, new ActivityRecorded(id, form, activity.s.organizations().size(), heldOn, now));
    }

    public static CoWorkActivity restore(State state) {
        return new CoWorkActivity(state);
    }

    /** Withdraws a record made in error; it stays visible as withdrawn and no longer counts. */
    public ActivityWithdrawn withdraw(String reason, Instant now) {
        if (s.withdrawn()) {
            throw new ActivityWithdrawnException("this activity was withdrawn already");
        }
        String why = Text.required("reason", reason, 1_000);
        s = new State(s.id(), s.form(), s.title(), s.committee(), s.organizations(), s.heldOn(), s.link(), true, why,
                s.version());
        return new ActivityWithdrawn(s.id(), why, now);
    }

    public void markStored(long storedVersion) {
        s = new State(s.id(), s.form(), s.title(), s.committee(), s.organizations(), s.heldOn(), s.link(), s.withdrawn(),
                s.withdrawReason(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public ActivityId getId() {
        return s.id();
    }

    public long version() {
        return s.version();
    }
}
