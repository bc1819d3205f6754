package org.ronghe.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jdbi.v3.core.statement.SqlStatement;

/** Conversions every JDBI repository shares: instants as UTC timestamps with time zone, UUIDs. */
final class JdbcValues {

    private JdbcValues() {
    }

    /** Binds a UUID, or a NULL that PostgreSQL takes for a UUID column (it refuses a VARCHAR NULL). */
    static <S extends SqlStatement<S>> S uuidOrNull(S statement, String name, UUID value) {
        return value == null ? statement.bindNull(name, Types.OTHER) : statement.bind(name, value);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /**
     * Ids as a list of literals for {@code IN (...)}, in order: literals, not parameters, so that H2 looks them up
     * in an index (a bound list is planned as a scan); a UUID's text is hex digits and dashes, nothing injected.
     */
    static String uuidLiterals(Collection<UUID> ids) {
        return ids.stream().map(id -> "'" + id + "'").sorted().collect(Collectors.joining(","));
    }

    /** By position: see {@link SelectList}. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
