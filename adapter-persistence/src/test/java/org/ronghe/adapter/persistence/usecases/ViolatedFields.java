package org.ronghe.adapter.persistence.usecases;

import java.util.ArrayList;
import java.util.List;

import org.ronghe.domain.shared.InvalidValueException;

/** The fields a command or change named as wrong when it was made: none when it was made without complaint. */
final class ViolatedFields {

    private ViolatedFields() {
    }

    static List<String> fields(Runnable make) {
        try {
            make.run();
            return List.of();
        } catch (InvalidValueException e) {
            List<String> fields = new ArrayList<>();
            e.violations().forEach(v -> fields.add(v.field()));
            return fields;
        }
    }
}
