package org.ronghe.application.activity.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ronghe.application.activity.port.in.ActivityQueries;
import org.ronghe.application.activity.port.in.ActivityView;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.application.activity.port.in.RecordActivityUseCase;
import org.ronghe.application.activity.port.in.WithdrawActivityCommand;
import org.ronghe.application.activity.port.in.WithdrawActivityUseCase;
import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.ActivityStewardship;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** Records, withdraws, lists and counts co-work activities; every write is audited. */
public final class ActivityService implements RecordActivityUseCase, WithdrawActivityUseCase, ActivityQueries {

    private final Activities activities;
    private final Committees committees;
    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    public ActivityService(Activities activities, Committees committees, Organizations organizations,
            Transactions transactions, Auditor auditor, Clock clock, IdSource ids) {
        this.activities = activities;
        this.committees = committees;
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ActivityView record(Caller caller, RecordActivityCommand command) {
        ActivityStewardship.requireMayRecord(caller.actor(), command.organizations());
        return transactions.inTransaction(() -> {
            // One read for all participants: a create is short, and each statement is a round trip.
            var known = organizations.findAllById(command.organizations()).stream().map(Organization::getId)
                    .collect(Collectors.toSet());
            command.organizations().stream().filter(o -> !known.contains(o)).findFirst().ifPresent(o -> {
                throw new UnknownReferenceException("organizationIds", "organization", o);
            });
            if (command.committee() != null && committees.findById(command.committee()).isEmpty()) {
                throw new UnknownReferenceException("committeeId", "committee", command.committee());
            }
            var recording = CoWorkActivity.record(new ActivityId(ids.next()), command.form(), command.title(),
                    command.committee(), command.organizations(), command.heldOn(), command.link(), clock.now());
            activities.add(recording.activity());
            auditor.record(caller, recording.event());
            return ActivityView.of(recording.activity());
        });
    }

    @Override
    public ActivityView withdraw(Caller caller, WithdrawActivityCommand command) {
        return transactions.inTransaction(() -> {
            var activity = activities.findById(command.id())
                    .orElseThrow(() -> new AggregateNotFoundException("activity", command.id()));
            if (activity.version() != command.expectedVersion()) {
                throw new StaleVersionException("activity", command.id(), command.expectedVersion(), activity.version());
            }
            ActivityStewardship.requireMayWithdraw(caller.actor(), activity);
            var event = activity.withdraw(command.reason(), clock.now());
            activities.update(activity);
            auditor.record(caller, event);
            return ActivityView.of(activity);
        });
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
