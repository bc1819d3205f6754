package org.ronghe.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.task.FollowUpTask;

/**
 * Lists are searched by name (q=) and filtered by a town's scope in the store (docs/adr/0021): organizations,
 * committees, tasks, meetings and projects keep their names' comparison keys in {@code search_key}; a meeting's
 * invited organizations and a project's parties (flag bearer, principal, co-organizations) become rows, so that
 * "concerning anyone in the town" is an indexed lookup. Java, because the titles, invitations and
 * co-organizations of existing rows are inside their JSON documents, read by the code that writes them.
 */
final class V22__Search_keys_and_parties extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            for (String table : List.of("organization", "fusion_committee", "follow_up_task", "meeting", "domain_project")) {
                ddl.execute("ALTER TABLE " + table + " ADD COLUMN search_key VARCHAR(2000)");
            }
            ddl.execute("""
                    CREATE TABLE meeting_invitee (
                        meeting_id       UUID NOT NULL REFERENCES meeting (id),
                        organization_id  UUID NOT NULL REFERENCES organization (id),
                        PRIMARY KEY (meeting_id, organization_id)
                    )""");
            ddl.execute("CREATE INDEX meeting_invitee_organization_idx ON meeting_invitee (organization_id)");
            ddl.execute("""
                    CREATE TABLE project_party (
                        project_id       UUID NOT NULL REFERENCES domain_project (id),
                        organization_id  UUID NOT NULL REFERENCES organization (id),
                        PRIMARY KEY (project_id, organization_id)
                    )""");
            ddl.execute("CREATE INDEX project_party_organization_idx ON project_party (organization_id)");
        }
        keysFromColumns(connection, "organization");
        keysFromColumns(connection, "fusion_committee");
        keysFromColumns(connection, "domain_project", "title_zh", "title_en");
        Map<Object, String> tasks = details(connection, "follow_up_task",
                json -> SearchKeys.of(JsonDocuments.read(json, FollowUpTask.State.class).title()));
        write(connection, "UPDATE follow_up_task SET search_key = ? WHERE id = ?", tasks, (u, key) -> u.setString(1, key));
        Map<Object, Meeting.State> meetings = details(connection, "meeting",
                json -> JsonDocuments.read(json, Meeting.State.class));
        write(connection, "UPDATE meeting SET search_key = ? WHERE id = ?", meetings,
                (u, s) -> u.setString(1, SearchKeys.of(s.title())));
        pairs(connection, "INSERT INTO meeting_invitee (meeting_id, organization_id) VALUES (?, ?)", meetings,
                s -> s.invited().stream().map(o -> (Object) o.value()).toList());
        Map<Object, List<Object>> projects = new LinkedHashMap<>();
        try (var select = connection.createStatement();
                var rows = select.executeQuery("SELECT id, flag_bearer_id, principal_id, details FROM domain_project")) {
            while (rows.next()) {
                var parties = new java.util.LinkedHashSet<Object>(List.of(rows.getObject("flag_bearer_id"),
                        rows.getObject("principal_id")));
                JdbiDomainProjects.coOrganizations(rows.getString("details")).forEach(o -> parties.add(o.value()));
                projects.put(rows.getObject("id"), List.copyOf(parties));
            }
        }
        pairs(connection, "INSERT INTO project_party (project_id, organization_id) VALUES (?, ?)", projects, p -> p);
        try (Statement ddl = connection.createStatement()) {
            for (String table : List.of("organization", "fusion_committee", "follow_up_task", "meeting", "domain_project")) {
                ddl.execute("ALTER TABLE " + table + " ALTER COLUMN search_key SET NOT NULL");
            }
        }
    }

    private static void keysFromColumns(Connection connection, String table) throws SQLException {
        keysFromColumns(connection, table, "name_zh", "name_en");
    }

    private static void keysFromColumns(Connection connection, String table, String zh, String en) throws SQLException {
        Map<Object, String> keys = new LinkedHashMap<>();
        try (var select = connection.createStatement();
                var rows = select.executeQuery("SELECT id, " + zh + ", " + en + " FROM " + table)) {
            while (rows.next()) {
                keys.put(rows.getObject("id"), SearchKeys.of(rows.getString(zh), rows.getString(en)));
            }
        }
        write(connection, "UPDATE " + table + " SET search_key = ? WHERE id = ?", keys, (u, key) -> u.setString(1, key));
    }

    private static <T> Map<Object, T> details(Connection connection, String table, Function<String, T> read)
            throws SQLException {
        Map<Object, T> read_ = new LinkedHashMap<>();
        try (var select = connection.createStatement()) {
            select.setFetchSize(BATCH);
            try (var rows = select.executeQuery("SELECT id, details FROM " + table)) {
                while (rows.next()) {
                    read_.put(rows.getObject("id"), read.apply(rows.getString("details")));
                }
            }
        }
        return read_;
    }

    private interface Binder<T> {
        void bind(PreparedStatement update, T value) throws SQLException;
    }

    /** {@code sql} sets its first parameter from a row's value (by {@code binder}) where the id is the second. */
    private static <T> void write(Connection connection, String sql, Map<Object, T> values, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var row : values.entrySet()) {
                binder.bind(update, row.getValue());
                update.setObject(2, row.getKey());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }

    private static <T> void pairs(Connection connection, String sql, Map<Object, T> values,
            Function<T, List<Object>> organizations) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        values.forEach((id, value) -> organizations.apply(value).forEach(o -> rows.add(new Object[] { id, o })));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                insert.setObject(1, row[0]);
                insert.setObject(2, row[1]);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
