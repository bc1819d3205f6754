package org.ronghe.domain.area;

/** The place of an area in the functional layout "one core, one hub, four areas" (一核一枢纽四片区). */
public enum AreaLayout {
    /** 核: the core. */
    CORE,
    /** 枢纽: the hub. */
    HUB,
    /** 片区: one of the four areas. */
    AREA
}
