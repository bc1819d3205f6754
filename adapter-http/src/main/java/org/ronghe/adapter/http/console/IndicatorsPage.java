package org.ronghe.adapter.http.console;

import java.util.List;

/**
 * 指标 list: every target system's indicators, worst first, each with its value, target, attainment and the
 * organization responsible; searched by name and filtered by town (the responsible organization in it).
 */
public record IndicatorsPage(Frame frame, String q, List<Choice> towns, List<SystemIndicators> systems, long count,
        String csvQuery) {

    public record SystemIndicators(String id, String title, List<Line> lines) {
    }

    public record Line(String code, String title, String category, String value, String target, String unit,
            String attainment, String state, String responsible, boolean mine) {
    }
}
