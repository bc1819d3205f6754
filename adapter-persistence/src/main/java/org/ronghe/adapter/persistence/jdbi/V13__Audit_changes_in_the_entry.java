package org.ronghe.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ronghe.domain.audit.FieldChange;

/**
 * An audit entry's changes move into the entry's own row, as one JSON document (docs/adr/0016): a write
 * then appends its audit entry in one statement instead of two. The changes of every existing entry are
 * carried over in their order, then the table that held them is dropped. Java, because H2 and PostgreSQL
 * build JSON with different functions; the document is written by the same code that writes new entries.
 */
final class V13__Audit_changes_in_the_entry extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN changes VARCHAR(1000000)");
        }
        try (var select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("UPDATE audit_entry SET changes = ? WHERE id = ?")) {
            select.setFetchSize(BATCH);
            try (var rows = select.executeQuery(
                    "SELECT audit_id, field, old_value, new_value FROM audit_change ORDER BY audit_id, position")) {
                Object entry = null;
                List<FieldChange> changes = new ArrayList<>();
                int pending = 0;
                while (rows.next()) {
                    Object id = rows.getObject("audit_id");
                    if (entry != null && !entry.equals(id)) {
                        pending = add(update, entry, changes, pending);
                        changes = new ArrayList<>();
                    }
                    entry = id;
                    changes.add(new FieldChange(rows.getString("field"), rows.getString("old_value"),
                            rows.getString("new_value")));
                }
                if (entry != null) {
                    add(update, entry, changes, pending);
                }
                update.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("UPDATE audit_entry SET changes = '[]' WHERE changes IS NULL");
            ddl.execute("ALTER TABLE audit_entry ALTER COLUMN changes SET NOT NULL");
            ddl.execute("DROP TABLE audit_change");
        }
    }

    private static int add(PreparedStatement update, Object entry, List<FieldChange> changes, int pending)
            throws SQLException {
        update.setString(1, AuditChanges.write(changes));
        update.setObject(2, entry);
        update.addBatch();
        if (pending + 1 < BATCH) {
            return pending + 1;
        }
        update.executeBatch();
        return 0;
    }
}
