package org.ronghe.application.activity.port.in;

import org.ronghe.application.shared.port.Caller;

/** Withdraw a co-work record made in error (the ADMIN, or an operator of an organization that took part). */
public interface WithdrawActivityUseCase {

    ActivityView withdraw(Caller caller, WithdrawActivityCommand command);
}
