package org.ronghe.domain.cases;

/**
 * Where a case stands in its loop (信息采集 → 案卷建立 → 任务派遣 → 任务处理 → 处理反馈 → 核查结案). Escalation is
 * not a state: an escalated case goes on from where it stood, one grid level higher (ADR 0018).
 */
public enum CaseStatus {
    /** 已受理: taken in and routed by its point, waiting for a dispatcher to file it. */
    RECEIVED("已受理"),
    /** 已立案. */
    FILED("已立案"),
    /** 不予立案: not a case (a reason is given); final. */
    INVALID("不予立案"),
    /** 已派遣: sent to the owning department; the time to sign for runs. */
    DISPATCHED("已派遣"),
    /** 退单: sent back by the department within the time to sign for, to be dispatched again. */
    RETURNED("已退单"),
    /** 已签收: the department took it; the time to respond runs. */
    SIGNED_FOR("已签收"),
    /** 处置中. */
    HANDLING("处置中"),
    /** 挂起: an agreed extension; its time does not count. */
    SUSPENDED("已挂起"),
    /** 已反馈: the handler answered; waiting for verification (the clock waits too). */
    RESPONDED("已反馈"),
    /** 核查未通过: back to the handler, the time to respond runs again. */
    VERIFY_FAILED("核查未通过"),
    /** 核查通过. */
    VERIFIED("核查通过"),
    /** 已结案; final. */
    CLOSED("已结案");

    private final String nameZh;

    CaseStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Not yet closed nor found invalid: a repeat joins it, its limits count. */
    public boolean isOpen() {
        return this != CLOSED && this != INVALID;
    }
}
