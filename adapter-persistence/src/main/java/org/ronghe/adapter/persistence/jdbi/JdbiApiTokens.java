package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.instant;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.organization.OrganizationId;

final class JdbiApiTokens implements ApiTokens {

    private static final String COLUMNS = "id, organization_id, role, label, secret_hash, issued_at, revoked_at, expires_at, version";

    private final JdbiTransactions transactions;

    JdbiApiTokens(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_token WHERE id = :id")
                .bind("id", id.value()).map(JdbiApiTokens::map).findOne());
    }

    @Override
    public Optional<ApiToken> findBySecretHash(SecretHash hash) {
        return transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                + " FROM api_token WHERE secret_hash = :hash").bind("hash", hash.hex()).map(JdbiApiTokens::map)
                .findOne());
    }

    @Override
    public void add(ApiToken t) {
        transactions.write(h -> {
            var insert = h.createUpdate("""
                    INSERT INTO api_token (id, organization_id, role, label, secret_hash, issued_at, revoked_at,
                        expires_at, version)
                    VALUES (:id, :organization, :role, :label, :hash, :issuedAt, :revokedAt, :expiresAt, 1)""")
                    .bind("id", t.getId().value())
                    .bind("role", t.role().name())
                    .bind("label", t.label())
                    .bind("hash", t.secretHash().hex())
                    .bind("issuedAt", utc(t.issuedAt()))
                    .bind("revokedAt", utc(t.revokedAt()))
                    .bind("expiresAt", utc(t.expiresAt()));
            if (t.organization() == null) {
                insert.bindNull("organization", Types.OTHER); // PostgreSQL refuses a VARCHAR NULL for a UUID
            } else {
                insert.bind("organization", t.organization().value());
            }
            return insert.execute();
        });
        t.markStored(1);
    }

    @Override
    public void update(ApiToken t) {
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("api_token", "token", t.getId(),
                t.getId().value(), t.version()), "revoked_at = :revokedAt", u -> u.bind("revokedAt", utc(t.revokedAt())));
        t.markStored(t.version() + 1);
    }

    @Override
    public long count() {
        return transactions.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_token").mapTo(Long.class).one());
    }

    @Override
    public long countLiveAdminsForUpdate() {
        // FOR UPDATE holds the live ADMIN rows until the transaction ends: a concurrent revocation waits,
        // then finds the row it revoked gone from the set (PostgreSQL re-checks the WHERE clause).
        return transactions.write(h -> h.createQuery(
                // sessions (they expire) are not among the ADMIN tokens that must remain
                "SELECT id FROM api_token WHERE role = 'ADMIN' AND revoked_at IS NULL AND expires_at IS NULL FOR UPDATE")
                .mapTo(UUID.class).list().size());
    }

    @Override
    public Page<ApiToken> find(OrganizationId organization, PageRequest page) {
        String where = organization == null ? "" : " WHERE organization_id = :organization";
        UUID organizationId = organization == null ? null : organization.value();
        return transactions.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*) FROM api_token" + where);
            var select = h.createQuery("SELECT " + COLUMNS + " FROM api_token" + where
                    + " ORDER BY issued_at, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset());
            if (organizationId != null) {
                count.bind("organization", organizationId);
                select.bind("organization", organizationId);
            }
            long total = count.mapTo(Long.class).one();
            List<ApiToken> items = select.map(JdbiApiTokens::map).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static ApiToken map(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID organization = uuid(rs, "organization_id");
        return ApiToken.restore(new ApiToken.State(new ApiTokenId(uuid(rs, "id")),
                organization == null ? null : new OrganizationId(organization),
                Role.valueOf(rs.getString("role")), rs.getString("label"), new SecretHash(rs.getString("secret_hash")),
                instant(rs, "issued_at"), instant(rs, "revoked_at"), instant(rs, "expires_at"), rs.getLong("version")));
    }
}
