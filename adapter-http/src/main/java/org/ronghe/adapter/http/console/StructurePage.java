package org.ronghe.adapter.http.console;

import java.util.List;

/**
 * 组织架构: the leading structure as of a day, drawn on the server as an SVG outline chart (the promotion
 * committee first, each committee under the one it answers to), every box a link to its committee's page.
 */
public record StructurePage(Frame frame, int width, int height, List<Box> boxes, List<Link> links, String counts,
        String q, List<Choice> towns, List<Row> rows, String csvQuery) {

    /** A committee in the list below the chart: searched by name, filtered by town (a seat held in it now). */
    public record Row(String id, String name, String tier, String focus, String lead, int members, String status,
            boolean mine) {
    }

    /** A committee's box: where it stands, its name, tier, status, lead, members, and whether it is dissolved. */
    public record Box(String id, double x, double y, String name, String detail, String state) {
    }

    /** The elbow from a committee down to one under it, as an SVG path. */
    public record Link(String path) {
    }
}
