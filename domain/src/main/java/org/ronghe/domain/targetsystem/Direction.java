package org.ronghe.domain.targetsystem;

/** Which way an indicator's value should go: up to, down to, exactly at the target, or a yes/no (1/0) achievement. */
public enum Direction {
    AT_LEAST, AT_MOST, EXACTLY, YES_NO
}
