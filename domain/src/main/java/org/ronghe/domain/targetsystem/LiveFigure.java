package org.ronghe.domain.targetsystem;

/** Figures the model already knows, to which an indicator can be bound instead of manual readings. */
public enum LiveFigure {
    ESTABLISHED_AREA_COMMITTEES("area fusion committees ESTABLISHED on the day (片区功能单元)"),
    SIGNED_DOMAIN_PROJECTS("domain projects whose responsibility agreement was signed by the day, less those cancelled"),
    DELIBERATION_MEETINGS_HELD("SPECIAL_DELIBERATION meetings held (HELD or MINUTES_APPROVED) that started by the day"),
    TASK_CLOSURE_RATE("share of follow-up tasks verified, in percent, over all tasks created by the day"),
    OVERDUE_COMMITMENTS("commitments of domain projects past due and not done on the day"),
    ACTIVE_GRIDS("grids of the three levels (area, village or residential, micro) active on the day in every town's plan");

    private final String definition;

    LiveFigure(String definition) {
        this.definition = definition;
    }

    /** What the figure counts, shown with the indicator. */
    public String definition() {
        return definition;
    }
}
