package org.ronghe.application.shared.port.out;

import java.util.UUID;

/** Where new aggregate ids come from. */
@FunctionalInterface
public interface IdSource {

    UUID next();

    static IdSource random() {
        return UUID::randomUUID;
    }
}
