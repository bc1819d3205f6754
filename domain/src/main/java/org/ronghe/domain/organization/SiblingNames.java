package org.ronghe.domain.organization;

/**
 * Answers whether a name is already taken among the organizations that would become siblings.
 * The application backs it with a repository look-up, so the rule does not load every sibling.
 */
@FunctionalInterface
public interface SiblingNames {

    boolean isTaken(OrganizationName name);

    /** For the first organization under a parent, or in tests. */
    static SiblingNames none() {
        return name -> false;
    }
}
