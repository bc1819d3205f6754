package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.domain.shared.Text;

/**
 * A store written before names were compared without invisible characters: the migration gives its
 * areas unique keys and recomputes its organizations' keys, leaving alone what would collide.
 */
class NameKeyMigrationTest {

    @TempDir
    Path directory;

    @Test
    void areas_get_unique_keys_and_organization_keys_are_recomputed_where_nothing_collides() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("old") + ";WRITE_DELAY=0";
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO area (id, layout, name_zh, version) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', 'AREA', '西门', 1),"
                    + "('00000000-0000-0000-0000-000000000002', 'AREA', '西门\u200B', 1),"
                    + "('00000000-0000-0000-0000-000000000003', 'CORE', '核心区', 1)");
            statement.execute("INSERT INTO organization (id, kind, name_zh, name_key, parent_key, status, registered_at,"
                    + " version) VALUES "
                    + "('00000000-0000-0000-0000-00000000000a', 'REGIONAL_UNIT', '甲镇', '甲镇', '', 'ACTIVE', "
                    + "TIMESTAMP WITH TIME ZONE '2023-01-01 00:00:00+00', 1),"
                    + "('00000000-0000-0000-0000-00000000000b', 'REGIONAL_UNIT', '甲镇\u200B', '甲镇\u200B', '', 'ACTIVE', "
                    + "TIMESTAMP WITH TIME ZONE '2023-01-02 00:00:00+00', 1),"
                    + "('00000000-0000-0000-0000-00000000000c', 'REGIONAL_UNIT', '乙\uFEFF镇', '乙\uFEFF镇', '', 'ACTIVE', "
                    + "TIMESTAMP WITH TIME ZONE '2023-01-03 00:00:00+00', 1)");
        }

        JdbiStorageProvider.migrate(dataSource);

        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            List<String> areas = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT name_zh, name_key FROM area ORDER BY id")) {
                while (rows.next()) {
                    areas.add(rows.getString(1) + "=" + rows.getString(2));
                }
            }
            assertThat(areas).containsExactly("西门=西门", "西门\u200B=null", "核心区=核心区");
            List<String> keys = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT name_key FROM organization ORDER BY id")) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            assertThat(keys).as("the second 甲镇 would collide and keeps its key; 乙镇 is recomputed")
                    .containsExactly("甲镇", "甲镇\u200B", Text.key("乙镇"));
        }
    }
}
