package org.ronghe.domain.targetsystem;

/** The five categories of the target system (规范性 / 发展性 / 实践性 / 共享性 / 协同性). */
public enum IndicatorCategory {
    NORMATIVE, DEVELOPMENTAL, PRACTICAL, SHARED, COLLABORATIVE
}
