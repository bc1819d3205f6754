package org.ronghe.application.activity.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.activity.port.in.ActivityCommands;
import org.ronghe.application.activity.port.in.ActivityQueries;
import org.ronghe.application.activity.port.in.ActivityView;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.ActivityStewardship;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** Records and withdraws co-work activities (every write audited); lists and counts them. */
public record ActivityService(Activities activities, References references,
        AggregateWrites<CoWorkActivity, ActivityId> writes, Transactions transactions)
        implements ActivityCommands, ActivityQueries {

    /** The stores an activity is checked against, besides its own. */
    public record References(Committees committees, Organizations organizations) {
    }

    @Override
    public ActivityView record(Caller caller, RecordActivityCommand command) {
        ActivityStewardship.requireMayRecord(caller.actor(), command.organizations());
        return writes.create(caller, () -> {
            // One read for all participants: a create is short, and each statement is a round trip.
            var known = references.organizations().findAllById(command.organizations()).stream().map(Organization::getId)
                    .collect(Collectors.toSet());
            command.organizations().stream().filter(o -> !known.contains(o)).findFirst().ifPresent(o -> {
                throw new UnknownReferenceException("organizationIds", "organization", o);
            });
            if (command.committee() != null && references.committees().findById(command.committee()).isEmpty()) {
                throw new UnknownReferenceException("committeeId", "committee", command.committee());
            }
            var recording = CoWorkActivity.record(new ActivityId(writes.newId()), command.form(), command.title(),
                    command.committee(), command.organizations(), command.heldOn(), command.link(), writes.now());
            return new AggregateWrites.Created<>(recording.activity(), recording.event());
        }, ActivityView::of);
    }

    @Override
    public ActivityView change(Caller caller, ActivityChange change) {
        var withdraw = (ActivityChange.Withdraw) change;
        return writes.change(caller, withdraw.id(), withdraw.expectedVersion(), activity -> {
            ActivityStewardship.requireMayWithdraw(caller.actor(), activity);
            return activity.withdraw(withdraw.reason(), writes.now());
        }, ActivityView::of);
    }

    @Override
    public ActivityView activity(ActivityId id) {
        return transactions.inTransaction(() -> activities.findById(id).map(ActivityView::of)
                .orElseThrow(() -> new AggregateNotFoundException("activity", id)));
    }

    @Override
    public Page<ActivityView> activities(ActivityCriteria criteria, PageRequest page) {
        return transactions.inTransaction(() -> activities.find(criteria, page).map(ActivityView::of));
    }

    @Override
    public List<Count> counts(LocalDate from, LocalDate until) {
        var all = transactions.inTransaction(() -> activities.all(new ActivityCriteria(null, null, null, from, until,
                false)));
        Map<String, Long> forms = new TreeMap<>();
        for (CoWorkForm form : CoWorkForm.values()) {
            forms.put(form.name(), 0L);
        }
        Map<String, Long> perCommittee = new TreeMap<>();
        Map<String, Long> perOrganization = new TreeMap<>();
        for (var activity : all) {
            var s = activity.state();
            forms.merge(s.form().name(), 1L, Long::sum);
            if (s.committee() != null) {
                perCommittee.merge(s.committee().toString(), 1L, Long::sum);
            }
            s.organizations().forEach(o -> perOrganization.merge(o.toString(), 1L, Long::sum));
        }
        List<Count> counts = new ArrayList<>();
        forms.forEach((k, v) -> counts.add(new Count("form", k, v)));
        perCommittee.forEach((k, v) -> counts.add(new Count("committee", k, v)));
        perOrganization.forEach((k, v) -> counts.add(new Count("organization", k, v)));
        return counts;
    }
}
