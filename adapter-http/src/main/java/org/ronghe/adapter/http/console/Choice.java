package org.ronghe.adapter.http.console;

/** An option of a filter's select: its value, its text, whether it is chosen. */
public record Choice(String value, String label, boolean selected) {
}
