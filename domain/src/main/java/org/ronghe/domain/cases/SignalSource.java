package org.ronghe.domain.cases;

/** Where a signal came from. */
public enum SignalSource {
    /** 数字体征平台: a town's digital sign platform (sensors, high-point cameras), through its webhook. */
    SIGN_PLATFORM("数字体征平台"),
    /** 12345 市民服务热线. */
    HOTLINE_12345("12345热线"),
    /** 网格巡查: a grid worker on patrol, through their organization's token. */
    PATROL("网格巡查");

    private final String nameZh;

    SignalSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
