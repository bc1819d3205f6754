package org.ronghe.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.organization.OrganizationId;

final class MemoryApiTokens implements ApiTokens {

    private record Row(ApiTokenId id, OrganizationId organization, Role role, String label, SecretHash hash,
            Instant issuedAt, Instant revokedAt, Instant expiresAt) {

        static Row of(ApiToken t) {
            return new Row(t.getId(), t.organization(), t.role(), t.label(), t.secretHash(), t.issuedAt(),
                    t.revokedAt(), t.expiresAt());
        }
    }

    private static ApiToken toToken(VersionedRows.Versioned<Row> v) {
        Row r = v.row();
        return ApiToken.restore(new ApiToken.State(r.id(), r.organization(), r.role(), r.label(), r.hash(),
                r.issuedAt(), r.revokedAt(), r.expiresAt(), v.version()));
    }

    private final VersionedRows<ApiTokenId, Row> rows;
    private final MemoryTransactions transactions;

    MemoryApiTokens(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "token");
        this.transactions = transactions;
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return rows.get(id).map(MemoryApiTokens::toToken);
    }

    @Override
    public Optional<ApiToken> findBySecretHash(SecretHash hash) {
        return rows.all().filter(v -> v.row().hash().equals(hash)).findFirst().map(MemoryApiTokens::toToken);
    }

    @Override
    public void add(ApiToken token) {
        Row row = Row.of(token);
        transactions.atomically(() -> {
            if (rows.all().anyMatch(v -> v.row().hash().equals(row.hash()))) {
                throw new IllegalStateException("a token with that secret is stored already");
            }
            rows.insert(row.id(), row);
            return null;
        });
        token.markStored(1);
    }

    @Override
    public void update(ApiToken token) {
        token.markStored(rows.update(token.getId(), token.version(), Row.of(token)));
    }

    @Override
    public long count() {
        return rows.all().count();
    }

    @Override
    public long countLiveAdminsForUpdate() {
        // Memory transactions run one at a time: the count cannot change before this one ends.
        // sessions (they expire) are not among the ADMIN tokens that must remain
        return rows.all().filter(v -> v.row().role() == Role.ADMIN && v.row().revokedAt() == null
                && v.row().expiresAt() == null).count();
    }

    @Override
    public Page<ApiToken> find(OrganizationId organization, PageRequest page) {
        return MemoryPages.of(rows.all()
                .filter(v -> organization == null || organization.equals(v.row().organization()))
                .sorted(Comparator.comparing((VersionedRows.Versioned<Row> v) -> v.row().issuedAt())
                        .thenComparing(v -> v.row().id().toString()))
                .map(MemoryApiTokens::toToken).toList(), page);
    }
}
