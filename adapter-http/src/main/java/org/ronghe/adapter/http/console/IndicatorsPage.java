package org.ronghe.adapter.http.console;

import java.util.List;

/** 指标 list: every target system's indicators, worst first, each with its value, target and attainment. */
public record IndicatorsPage(Frame frame, List<SystemIndicators> systems) {

    public record SystemIndicators(String id, String title, List<Line> lines) {
    }

    public record Line(String code, String title, String category, String value, String target, String unit,
            String attainment, String state) {
    }
}
