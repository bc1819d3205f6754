package org.ronghe.adapter.http.console;

import java.time.LocalDate;

/**
 * What every page of a signed-in person shows around its content: the page's title, which section is open,
 * who is signed in and as what, the day the figures are as of, and the CSRF token of its forms.
 */
public record Frame(String title, String section, String who, String role, LocalDate asOf, String csrf) {

    public boolean isOpen(String name) {
        return section.equals(name);
    }
}
