package org.ronghe.domain.cases;

/** How urgent a category's cases are; the time limits say what it means in hours. */
public enum Urgency {
    URGENT("紧急"), HIGH("较急"), NORMAL("一般");

    private final String nameZh;

    Urgency(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
