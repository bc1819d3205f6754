package org.ronghe.domain.cases;

/** What was done to a case, as its history says. */
public enum CaseAction {
    RECEIVED("受理"), FILED("立案"), INVALIDATED("不予立案"), DISPATCHED("派遣"), SIGNED_FOR("签收"), RETURNED("退单"),
    HANDLING_STARTED("开始处置"), RESPONDED("处置反馈"), VERIFIED("核查通过"), VERIFICATION_FAILED("核查未通过"),
    CLOSED("结案"), SUSPENDED("挂起"), RESUMED("恢复"), ESCALATED("升级"), DUPLICATE_JOINED("重复上报");

    private final String nameZh;

    CaseAction(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
