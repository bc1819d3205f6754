package org.ronghe.adapter.http.console;

import java.util.List;

/**
 * 网格: the grids of one level (of one town, or of all) drawn from their territories as an SVG map, no tile server
 * needed, each coloured by how many open cases it answers for, and the same as a table.
 */
public record GridMapPage(Frame frame, List<Choice> levels, List<Choice> towns, int width, int height,
        List<Shape> shapes, List<Legend> legend, int openCases) {

    /** A grid on the map: its outline as an SVG path, its colour class, and what its tooltip says. */
    public record Shape(String id, String code, String name, String town, String responsible, String path,
            String heat, int openCases) {
    }

    public record Legend(String heat, String label) {
    }
}
