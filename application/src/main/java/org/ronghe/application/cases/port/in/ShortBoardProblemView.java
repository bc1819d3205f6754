package org.ronghe.application.cases.port.in;

import org.ronghe.domain.cases.ShortBoardProblem;

/**
 * A short-board problem with the names a person reads beside its ids.
 *
 * @param committeeName null where it was raised for no committee
 */
public record ShortBoardProblemView(ShortBoardProblem.State problem, String categoryName, String townName,
        String committeeName) {
}
