package org.ronghe.domain.grid;

/** What someone does in a grid. */
public enum GridRoleKind {
    /** 网格长: answers for the grid's work. */
    CHIEF,
    /** 网格员: patrols the grid and reports what it finds. */
    WORKER
}
