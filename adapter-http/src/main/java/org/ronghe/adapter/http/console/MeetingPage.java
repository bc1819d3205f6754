package org.ronghe.adapter.http.console;

import java.util.List;

/** A meeting: when and where, who was invited and came, its agenda, minutes and resolutions, and their tasks. */
public record MeetingPage(Frame frame, String title, String committee, String mechanism, String when, String venue,
        String status, String cancelReason, List<String> invited, List<String> attended, List<Item> agenda,
        String minutes, List<Decision> resolutions, List<TaskLink> tasks) {

    public record Item(int number, String raisedBy, String problem, String carriedFrom) {
    }

    public record Decision(int number, int agendaItem, String text, boolean closed) {
    }

    public record TaskLink(String id, String title, String assignee, String status) {
    }
}
