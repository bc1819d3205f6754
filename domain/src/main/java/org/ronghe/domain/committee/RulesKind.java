package org.ronghe.domain.committee;

/** 工作规则 / 议事规则. */
public enum RulesKind {
    WORK_RULES, PROCEDURE_RULES
}
