package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 3: departments cooperate, regional units participate; each kind of organization takes its role. */
public final class MemberRoleNotAllowedException extends RuleViolationException {

    public MemberRoleNotAllowedException(String message) {
        super("member-role-not-allowed", message);
    }
}
