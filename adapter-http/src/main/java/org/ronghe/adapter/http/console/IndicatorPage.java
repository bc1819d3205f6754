package org.ronghe.adapter.http.console;

import java.util.List;

/**
 * 指标: one indicator of a target system, its readings as a line chart over time (SVG drawn on the server) and
 * as a table, and, for the operators of the organization responsible for it, the form to report a reading.
 */
public record IndicatorPage(Frame frame, String systemId, String systemTitle, String code, String title,
        String category, String unit, String direction, String baseline, String target, String value,
        String valueAsOf, String attainment, String attainmentState, String responsible, String live, Chart chart,
        List<Reading> readings, boolean mayReport, long systemVersion, String notice) {

    /** A reading as the table shows it; a superseded one is marked as such. */
    public record Reading(int number, String asOf, String value, String reporter, String note, String status) {
    }

    /**
     * The chart, laid out in a 640 by 240 view box: the current readings as a line with a dot each, the target as
     * a dashed line, and the axes' end labels.
     */
    public record Chart(String points, List<Dot> dots, Double targetY, String targetLabel, String yTop, String yBottom,
            String xFirst, String xLast) {

        public static final int WIDTH = 640;
        public static final int HEIGHT = 240;

        public boolean empty() {
            return dots.isEmpty();
        }
    }

    public record Dot(double x, double y, String label) {
    }
}
