package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written while audit changes had a table of their own (migrations 1 to 12): after the migration
 * every entry holds its changes in its own row, in their order, the entries without changes hold none, and
 * the old table is gone. On H2 and on PostgreSQL, whose JSON and DDL differ.
 */
class AuditChangesMigrationTest {

    @TempDir
    Path directory;

    @Test
    void on_h2_every_entry_keeps_its_changes_in_order_and_the_old_table_is_dropped() throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("old") + ";WRITE_DELAY=0";
        migratesWithItsChanges(url, "", "");
    }

    @Test
    void on_postgresql_every_entry_keeps_its_changes_in_order_and_the_old_table_is_dropped() throws SQLException {
        var server = PostgresDatabases.server();
        migratesWithItsChanges(PostgresDatabases.freshSchemaUrl(), server.user(), server.password());
    }

    private static void migratesWithItsChanges(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .javaMigrations(new V10__Name_keys_without_invisible_characters()).target("12").load().migrate();
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO audit_entry (id, at, actor_organization, actor_token, actor, aggregate_type,"
                    + " aggregate_id, event_type, request_id) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', TIMESTAMP WITH TIME ZONE '2023-04-01 00:00:00+00',"
                    + " NULL, NULL, 'system:load', 'organization', 'o-1', 'OrganizationRegistered', 'load'),"
                    + "('00000000-0000-0000-0000-000000000002', TIMESTAMP WITH TIME ZONE '2023-04-02 00:00:00+00',"
                    + " NULL, NULL, 'system:load', 'token', 't-1', 'TokenRevoked', 'load'),"
                    + "('00000000-0000-0000-0000-000000000003', TIMESTAMP WITH TIME ZONE '2023-04-03 00:00:00+00',"
                    + " NULL, NULL, 'system:load', 'organization', 'o-1', 'OrganizationRenamed', 'load')");
            statement.execute("INSERT INTO audit_change (audit_id, position, field, old_value, new_value) VALUES "
                    + "('00000000-0000-0000-0000-000000000003', 0, 'nameZh', '安亭镇委', '安亭镇党委'),"
                    + "('00000000-0000-0000-0000-000000000001', 1, 'kind', NULL, 'TOWN_PARTY_COMMITTEE'),"
                    + "('00000000-0000-0000-0000-000000000001', 0, 'nameZh', NULL, '安亭镇委'),"
                    + "('00000000-0000-0000-0000-000000000001', 2, 'note', NULL, '\"引号\" 与 \\ 反斜杠')");
        }

        try (var storage = new JdbiStorageProvider().open(new StorageSettings(url, user, password, 2))) {
            List<AuditEntry> entries = storage.auditTrail().find(AuditCriteria.all(), PageRequest.first()).items();

            assertThat(entries).extracting(AuditEntry::changes).containsExactly(
                    List.of(new FieldChange("nameZh", null, "安亭镇委"),
                            new FieldChange("kind", null, "TOWN_PARTY_COMMITTEE"),
                            new FieldChange("note", null, "\"引号\" 与 \\ 反斜杠")),
                    List.of(),
                    List.of(new FieldChange("nameZh", "安亭镇委", "安亭镇党委")));
        }
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM audit_change"))
                    .as("the old table is dropped").isInstanceOf(SQLException.class);
        }
    }
}
