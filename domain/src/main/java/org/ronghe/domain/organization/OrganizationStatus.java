package org.ronghe.domain.organization;

import org.ronghe.domain.shared.InvalidValueException;

/** Whether an organization still takes part. A retired organization is kept for history. */
public enum OrganizationStatus {
    ACTIVE,
    RETIRED;

    public static OrganizationStatus parse(String field, String text) {
        for (OrganizationStatus status : values()) {
            if (text != null && status.name().equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        throw new InvalidValueException(field, "must be ACTIVE or RETIRED");
    }
}
