package org.ronghe.domain.meeting;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record MeetingId(UUID value) implements Identifier {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId parse(String field, String text) {
        return new MeetingId(Uuids.parse(field, text, "meeting"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
