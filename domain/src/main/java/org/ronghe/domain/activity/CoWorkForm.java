package org.ronghe.domain.activity;

/** The five basic forms of co-work the seed names (以项目同推进、阵地同建设、调研同开展、服务同进行、干部同培育). */
public enum CoWorkForm {
    /** 项目同推进 */
    PROJECTS_PROMOTED_TOGETHER,
    /** 阵地同建设 */
    POSITIONS_BUILT_TOGETHER,
    /** 调研同开展 */
    RESEARCH_DONE_TOGETHER,
    /** 服务同进行 */
    SERVICES_DELIVERED_TOGETHER,
    /** 干部同培育 */
    CADRES_TRAINED_TOGETHER
}
