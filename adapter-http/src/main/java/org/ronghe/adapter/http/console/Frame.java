package org.ronghe.adapter.http.console;

import java.time.LocalDate;

/**
 * What every page of a signed-in person shows around its content: the page's title, which section is open,
 * who is signed in and as what, the day the figures are as of, the CSRF token of its forms, and whether the
 * viewer administers the district (its pages for tokens are linked then; the access context decides the rest).
 */
public record Frame(String title, String section, String who, String role, LocalDate asOf, String csrf,
        boolean administers) {

    public boolean isOpen(String name) {
        return section.equals(name);
    }
}
