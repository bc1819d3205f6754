package org.ronghe.application.targetsystem.port.in;

import org.ronghe.application.shared.port.Caller;

/** Report or correct a reading (the responsible organization's operators). */
public interface ReportReadingUseCase {

    IndicatorView report(Caller caller, ReportReadingCommand command);
}
