package org.ronghe.application.meeting.port.in;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskStatus;

/**
 * A meeting as callers see it, with the numbers of its closed resolutions: a resolution is closed
 * when it has tasks and every one of them is verified (derived, never stored).
 */
public record MeetingView(Meeting.State meeting, Set<Integer> closedResolutions) {

    public MeetingView {
        closedResolutions = Set.copyOf(closedResolutions);
    }

    /** The meeting and the follow-up tasks born from its resolutions. */
    public static MeetingView of(Meeting meeting, List<FollowUpTask> tasks) {
        Map<Integer, List<FollowUpTask>> byResolution = tasks.stream()
                .collect(Collectors.groupingBy(t -> t.state().resolution()));
        Set<Integer> closed = new TreeSet<>();
        byResolution.forEach((resolution, its) -> {
            if (its.stream().allMatch(t -> t.state().status() == TaskStatus.VERIFIED)) {
                closed.add(resolution);
            }
        });
        return new MeetingView(meeting.state(), closed);
    }
}
