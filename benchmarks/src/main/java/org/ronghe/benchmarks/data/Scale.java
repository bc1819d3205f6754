package org.ronghe.benchmarks.data;

/**
 * How much data a benchmark runs over. A district is the Jiading New City data set; a city adds 15
 * synthetic districts of the same shape, a province 99 (about 10,000 memberships, 100,000 tasks and
 * 3,300 indicators with readings); {@code TASKS_1M} is the district plus one committee whose meetings
 * hold a million follow-up tasks, for the scans.
 */
public enum Scale {
    DISTRICT(1, 0), CITY(16, 0), PROVINCE(100, 0), TASKS_1M(1, 1_000_000);

    private final int districts;
    private final int bulkTasks;

    Scale(int districts, int bulkTasks) {
        this.districts = districts;
        this.bulkTasks = bulkTasks;
    }

    /** The Jiading set counts as the first district. */
    public int districts() {
        return districts;
    }

    public int bulkTasks() {
        return bulkTasks;
    }

    public static Scale parse(String text) {
        return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
