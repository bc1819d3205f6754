package org.ronghe.adapter.persistence.jdbi;

import java.util.Arrays;
import java.util.List;

import org.ronghe.domain.audit.FieldChange;

/**
 * An audit entry's changes as they are stored: one JSON array in the entry's row, each element
 * {@code {"field": ..., "from": ..., "to": ...}} in the order the write listed them (docs/adr/0016). This
 * record is the stored format: renaming a component is a change of format and needs a migration.
 */
record AuditChanges(String field, String from, String to) {

    static String write(List<FieldChange> changes) {
        return JsonDocuments.write(changes.stream()
                .map(change -> new AuditChanges(change.field(), change.oldValue(), change.newValue())).toList());
    }

    static List<FieldChange> read(String json) {
        return Arrays.stream(JsonDocuments.read(json, AuditChanges[].class))
                .map(change -> new FieldChange(change.field(), change.from(), change.to())).toList();
    }
}
