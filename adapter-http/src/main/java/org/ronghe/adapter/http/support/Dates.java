package org.ronghe.adapter.http.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;

/** ISO dates and instants from requests, within the days the model can be about ({@link Days}). */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String field, String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date such as 2023-04-04");
        }
        return Days.plausible(field, day);
    }

    public static Instant instant(String field, String text) {
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 instant such as 2022-09-01T01:00:00Z");
        }
        return Days.plausible(field, instant);
    }
}
