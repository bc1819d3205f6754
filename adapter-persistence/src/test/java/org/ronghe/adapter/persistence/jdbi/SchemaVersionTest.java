package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start skips Flyway only on a store whose every migration succeeded up to the jar's latest: anything
 * else (a new store, one behind, one with a failed migration) goes through Flyway.
 */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.(sql|class)");

    @TempDir
    Path directory;

    @Test
    void the_latest_version_named_in_code_is_the_highest_migration_the_jar_holds() throws IOException,
            URISyntaxException {
        Path classes = Path.of(SchemaVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Stream.concat(Files.list(classes.resolve("db/migration")),
                Files.list(classes.resolve("org/ronghe/adapter/persistence/jdbi")))) {
            int highest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(matcher -> matcher.matches()).mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max().orElseThrow();
            assertThat(SchemaVersion.LATEST).isEqualTo(highest);
        }
    }

    @Test
    void a_new_store_is_not_current_one_migrated_to_the_latest_is() {
        var dataSource = h2("store");
        assertThat(SchemaVersion.isCurrent(dataSource)).as("no history table yet").isFalse();

        assertThat(JdbiStorageProvider.migrate(dataSource)).as("migrated here").isTrue();

        assertThat(SchemaVersion.isCurrent(dataSource)).isTrue();
        assertThat(JdbiStorageProvider.migrate(dataSource)).as("already current").isFalse();
    }

    @Test
    void on_postgresql_too_a_new_store_is_not_current_one_migrated_to_the_latest_is() {
        var server = PostgresDatabases.server();
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(PostgresDatabases.freshSchemaUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        assertThat(SchemaVersion.isCurrent(dataSource)).isFalse();

        JdbiStorageProvider.migrate(dataSource);

        assertThat(SchemaVersion.isCurrent(dataSource)).isTrue();
    }

    @Test
    void a_store_one_migration_behind_is_not_current_and_the_next_start_migrates_it() {
        var dataSource = h2("behind");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(JdbiStorageProvider.javaMigrations())
                .target(String.valueOf(SchemaVersion.LATEST - 1)).load().migrate();
        assertThat(SchemaVersion.isCurrent(dataSource)).isFalse();

        JdbiStorageProvider.migrate(dataSource);

        assertThat(SchemaVersion.isCurrent(dataSource)).isTrue();
    }

    @Test
    void a_store_with_a_failed_migration_is_not_current() throws Exception {
        var dataSource = h2("failed");
        JdbiStorageProvider.migrate(dataSource);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + SchemaVersion.LATEST + "'");
        }

        assertThat(SchemaVersion.isCurrent(dataSource)).isFalse();
    }

    private JdbcDataSource h2(String name) {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve(name) + ";WRITE_DELAY=0");
        return dataSource;
    }
}
