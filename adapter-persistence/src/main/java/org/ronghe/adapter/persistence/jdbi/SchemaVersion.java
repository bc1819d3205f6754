package org.ronghe.adapter.persistence.jdbi;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Whether a store's schema is already at the latest migration, asked with one query of Flyway's history
 * table before Flyway is loaded at all: a start on an up-to-date store then skips Flyway (its classes, its
 * scan of the jar for migrations, its validation), which was a good part of a start (docs/adr/0011).
 */
final class SchemaVersion {

    /** The highest migration this jar holds; {@code SchemaVersionTest} holds it to the migrations present. */
    static final int LATEST = 23;

    private SchemaVersion() {
    }

    /**
     * @return true when every migration recorded succeeded and the highest is {@link #LATEST}; false when the
     *     store is behind, has a failed migration, is new (no history table) or cannot be asked: Flyway decides
     */
    static boolean isCurrent(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            int highest = 0;
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null) {
                    highest = Math.max(highest, Integer.parseInt(version));
                }
            }
            return highest == LATEST;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }
}
