package org.ronghe.adapter.http.console;

/** A refusal shown as a page: a title and what to do, in Chinese, and where to go back to. */
public record ErrorPage(Frame frame, int status, String title, String detail) {
}
