package org.ronghe.domain.task;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A follow-up task was born from a resolution. */
public record TaskCreated(TaskId task, org.ronghe.domain.meeting.MeetingId meeting, int resolution, org.ronghe.domain.organization.OrganizationId assignee, java.time.LocalDate dueOn, Instant occurredAt) implements DomainEvent {
}
