package org.ronghe.adapter.http.console;

import java.util.List;

/** 议事: meetings searched by title, filtered by status and by town (the town or one under it invited), as CSV too. */
public record MeetingsPage(Frame frame, String q, List<Choice> statuses, List<Choice> towns, List<Row> rows,
        String csvQuery) {

    public record Row(String id, String title, String committee, String mechanism, String when, String venue,
            String status, int agendaItems, int resolutions, boolean mine) {
    }
}
