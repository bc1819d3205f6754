package org.ronghe.adapter.http.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ronghe.application.meeting.port.in.MeetingView;

/** Meetings as an RFC 5545 iCalendar: UTC times, escaped text, lines folded at 75 octets, CRLF endings. */
final class Calendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Calendar() {
    }

    static String of(List<MeetingView> meetings, Instant now) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Ronghe//Integrated party building//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        for (MeetingView view : meetings) {
            var m = view.meeting();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + m.id() + "@ronghe");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(m.slot().start()));
            line(out, "DTEND:" + UTC.format(m.slot().end()));
            line(out, "SUMMARY:" + escape(m.title()));
            line(out, "LOCATION:" + escape(m.slot().venue()));
            line(out, "CATEGORIES:" + m.mechanism());
            line(out, "STATUS:" + (m.status().name().equals("CANCELLED") ? "CANCELLED" : "CONFIRMED"));
            line(out, "SEQUENCE:" + m.earlierSlots().size());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
