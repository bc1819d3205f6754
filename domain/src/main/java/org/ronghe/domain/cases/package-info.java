/**
 * City signals handled in a closed loop (数治闭环管理): a signal from the sign platform, the 12345 hotline or a
 * grid worker's patrol becomes a {@link org.ronghe.domain.cases.CityCase}, routed by its point to a grid and by its
 * category to a department, signed for, handled, verified by someone else, closed, and escalated one grid level
 * up each time a time limit passes. The categories, time limits and working-day calendar are data: the
 * {@link org.ronghe.domain.cases.CasePolicy}.
 */
package org.ronghe.domain.cases;
