package org.ronghe.application.audit.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.audit.FieldChange;

/**
 * How a context's events read in the audit trail: for each event type, the aggregate it tells of and
 * the fields it changed. Each context keeps its own, beside its services, so that a new event is
 * described where it is raised and the audit package never learns of it.
 */
public final class AuditDescriptions {

    /** What one event changed, as the trail records it. */
    public record Described(String aggregateType, String aggregateId, List<FieldChange> changes) {

        public Described {
            changes = List.copyOf(changes);
        }
    }

    private final Map<Class<?>, Function<DomainEvent, Described>> byType = new HashMap<>();

    /**
     * Describes events of one type.
     *
     * @param aggregateType the trail's name for the aggregate ("meeting", "project-domain")
     * @param id the aggregate the event tells of
     * @param changes the fields it changed, in the order they are shown
     */
    public <E extends DomainEvent> AuditDescriptions on(Class<E> type, String aggregateType, Function<E, ?> id,
            Function<E, List<FieldChange>> changes) {
        Objects.requireNonNull(aggregateType, "aggregateType");
        if (byType.putIfAbsent(type, event -> {
            E e = type.cast(event);
            return new Described(aggregateType, id.apply(e).toString(), changes.apply(e));
        }) != null) {
            throw new IllegalArgumentException(type.getName() + " is described twice");
        }
        return this;
    }

    /** @throws IllegalArgumentException for an event this context does not describe */
    public Described describe(DomainEvent event) {
        var description = byType.get(event.getClass());
        if (description == null) {
            throw new IllegalArgumentException("no audit description for " + event.getClass().getName());
        }
        return description.apply(event);
    }

    /** The fields set by a new aggregate, or changed by an event: only those whose value differs are kept. */
    public static final class Changes {

        private final List<FieldChange> list = new ArrayList<>();

        public Changes set(String field, Object newValue) {
            return change(field, null, newValue);
        }

        public Changes change(String field, Object oldValue, Object newValue) {
            String before = oldValue == null ? null : oldValue.toString();
            String after = newValue == null ? null : newValue.toString();
            if (!Objects.equals(before, after)) {
                list.add(new FieldChange(field, before, after));
            }
            return this;
        }

        public List<FieldChange> list() {
            return List.copyOf(list);
        }
    }
}
