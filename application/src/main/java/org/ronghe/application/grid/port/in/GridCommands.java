package org.ronghe.application.grid.port.in;

import org.ronghe.application.shared.port.Caller;

/**
 * Every write to the grids: draw a town's plan, then revise one parent's grids, assign who answers for a
 * grid, appoint its roles, retire one. The ADMIN, or an operator of the town itself; each refused whole if the plan it
 * leaves breaks a rule.
 */
public interface GridCommands {

    GridPlanView define(Caller caller, DefineGridPlanCommand command);

    GridPlanView change(Caller caller, GridChange change);
}
