package org.ronghe.application.idempotency;

import org.ronghe.application.idempotency.port.in.IdempotentExecution;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.idempotency.service.IdempotentExecutionService;
import org.ronghe.application.shared.service.Platform;

/** Creating requests run at most once per key: what a driving adapter wraps its creates in. */
public record IdempotencyModule(IdempotentExecution execution) {

    public static IdempotencyModule on(IdempotencyRecords records, Platform platform) {
        return new IdempotencyModule(new IdempotentExecutionService(records, platform.transactions(), platform.clock()));
    }
}
