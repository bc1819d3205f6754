package org.ronghe.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ronghe.domain.cases.CityCase;

/**
 * A case queue is searched by what a case says (q=: its description or its address; docs/adr/0021): each case
 * keeps their comparison keys in {@code search_key}. Java, because both are inside the case's JSON document,
 * read by the code that writes it; cases are read and written in batches, so a large store migrates in bounded
 * memory.
 */
final class V23__Case_search_keys extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE city_case ADD COLUMN search_key VARCHAR(6000)");
        }
        try (var select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("UPDATE city_case SET search_key = ? WHERE id = ?")) {
            select.setFetchSize(BATCH);
            try (var rows = select.executeQuery("SELECT id, details FROM city_case")) {
                int pending = 0;
                while (rows.next()) {
                    var intake = JsonDocuments.read(rows.getString("details"), CityCase.State.class).intake();
                    update.setString(1, SearchKeys.of(intake.description(), intake.address()));
                    update.setObject(2, rows.getObject("id"));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                update.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE city_case ALTER COLUMN search_key SET NOT NULL");
        }
    }
}
