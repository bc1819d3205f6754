package org.ronghe.domain.access;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What one actor may do with one follow-up task now ({@link TaskStewardship#actionsOf}): note progress and mark it
 * done (its assignees, while it is not done), verify it (its verifier, once it is done) and reopen it (its
 * verifier, once done, verified or not).
 */
public record TaskActions(boolean noteProgress, boolean markDone, boolean verify, boolean reopen)
        implements ValueObject {

    /** Whether any button is there to press. */
    public boolean any() {
        return noteProgress || markDone || verify || reopen;
    }
}
