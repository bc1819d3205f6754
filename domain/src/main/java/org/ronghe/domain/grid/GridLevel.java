package org.ronghe.domain.grid;

import org.ronghe.domain.shared.InvalidValueException;

/** The three levels of grid under a town (三级网格): each level's grids lie inside one grid of the level above. */
public enum GridLevel {
    /** 片区网格: directly under the town, which answers for it. */
    AREA("片区网格", 'A'),
    /** 村居(单元)网格: under an area grid, answered for by a village or residential party organization. */
    VILLAGE("村居网格", 'V'),
    /** 小微网格: under a village grid, the smallest unit a grid worker patrols. */
    MICRO("小微网格", 'M');

    private final String nameZh;
    private final char letter;

    GridLevel(String nameZh, char letter) {
        this.nameZh = nameZh;
        this.letter = letter;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The letter that names the level in a grid's code ({@code NX-V017}). */
    public char letter() {
        return letter;
    }

    /** The level of this level's parent grid, or null for an area grid (its parent is the town). */
    public GridLevel parentLevel() {
        return this == AREA ? null : values()[ordinal() - 1];
    }

    static GridLevel ofLetter(char letter) {
        for (GridLevel level : values()) {
            if (level.letter == letter) {
                return level;
            }
        }
        return null;
    }

    public static GridLevel parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        for (GridLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new InvalidValueException(field, "must be AREA, VILLAGE or MICRO");
    }
}
