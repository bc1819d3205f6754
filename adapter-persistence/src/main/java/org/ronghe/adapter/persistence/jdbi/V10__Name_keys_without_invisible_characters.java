package org.ronghe.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ronghe.domain.shared.Text;

/**
 * Names compare by a key that now also ignores invisible characters (issue 15), and areas' names are
 * unique by that key too. The key is computed in Java (SQL has no NFKC), so this migration is Java:
 * areas get a unique {@code name_key}; organizations' keys are recomputed. Where two existing names
 * now fall together, the later one keeps no area key, or its old organization key: stores keep what
 * they hold and the rule holds for every new name.
 */
final class V10__Name_keys_without_invisible_characters extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE area ADD COLUMN name_key VARCHAR(400)");
        }
        Set<String> areaKeys = new HashSet<>();
        Map<Object, String> areas = new LinkedHashMap<>();
        try (var select = connection.createStatement();
                var rows = select.executeQuery("SELECT id, name_zh FROM area ORDER BY id")) {
            while (rows.next()) {
                String key = Text.key(rows.getString("name_zh"));
                if (areaKeys.add(key)) {
                    areas.put(rows.getObject("id"), key);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE area SET name_key = ? WHERE id = ?")) {
            for (var area : areas.entrySet()) {
                update.setString(1, area.getValue());
                update.setObject(2, area.getKey());
                update.executeUpdate();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE area ADD CONSTRAINT area_name_key_unique UNIQUE (name_key)");
        }
        Set<String> siblingKeys = new HashSet<>();
        Map<Object, String> changed = new LinkedHashMap<>();
        try (var select = connection.createStatement();
                var rows = select.executeQuery("SELECT id, parent_key, name_zh, name_key FROM organization "
                        + "ORDER BY registered_at, id")) {
            while (rows.next()) {
                siblingKeys.add(rows.getString("parent_key") + "/" + rows.getString("name_key"));
            }
        }
        try (var select = connection.createStatement();
                var rows = select.executeQuery("SELECT id, parent_key, name_zh, name_key FROM organization "
                        + "ORDER BY registered_at, id")) {
            while (rows.next()) {
                String key = Text.key(rows.getString("name_zh"));
                if (!key.equals(rows.getString("name_key")) && siblingKeys.add(rows.getString("parent_key") + "/" + key)) {
                    changed.put(rows.getObject("id"), key);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE organization SET name_key = ? WHERE id = ?")) {
            for (var organization : changed.entrySet()) {
                update.setString(1, organization.getValue());
                update.setObject(2, organization.getKey());
                update.executeUpdate();
            }
        }
    }
}
