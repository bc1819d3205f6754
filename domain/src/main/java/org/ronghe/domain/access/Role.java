package org.ronghe.domain.access;

import org.ronghe.domain.shared.InvalidValueException;

/** What a caller may do, before object-level rules narrow it down. */
public enum Role {
    /** The district party committee's operators: every organization, every token, the audit trail. */
    ADMIN,
    /** An organization's operators: their own organization and the ones under it. */
    OPERATOR,
    /** Reads everything, changes nothing. */
    READER;

    public static Role parse(String field, String text) {
        for (Role role : values()) {
            if (text != null && role.name().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        throw new InvalidValueException(field, "must be ADMIN, OPERATOR or READER");
    }
}
