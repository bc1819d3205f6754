package org.ronghe.domain.cases;

/** The grid level a case is answered for at: where it was routed, then one level up per escalation. */
public enum CaseLevel {
    MICRO("小微网格"), VILLAGE("村居网格"), AREA("片区网格"), TOWN("镇");

    private final String nameZh;

    CaseLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The level above, or this one at the town (there is nothing above it in the grid). */
    public CaseLevel up() {
        return this == TOWN ? TOWN : values()[ordinal() + 1];
    }
}
