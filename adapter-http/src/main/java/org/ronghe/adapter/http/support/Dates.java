package org.ronghe.adapter.http.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ronghe.domain.shared.InvalidValueException;

/** ISO dates in query parameters. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date such as 2023-04-04");
        }
    }
}
