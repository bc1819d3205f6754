package org.ronghe.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.StaleVersionException;

final class MemoryApiTokens implements ApiTokens {

    private record Row(ApiTokenId id, OrganizationId organization, Role role, String label, SecretHash hash,
            Instant issuedAt, Instant revokedAt, long version) {

        static Row of(ApiToken t, long version) {
            return new Row(t.getId(), t.organization(), t.role(), t.label(), t.secretHash(), t.issuedAt(),
                    t.revokedAt(), version);
        }

        ApiToken toToken() {
            return ApiToken.restore(id, organization, role, label, hash, issuedAt, revokedAt, version);
        }
    }

    private final Map<ApiTokenId, Row> rows = new HashMap<>();
    private final MemoryTransactions transactions;

    MemoryApiTokens(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ApiToken> findById(ApiTokenId id) {
        return transactions.read(() -> Optional.ofNullable(rows.get(id)).map(Row::toToken));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(SecretHash hash) {
        return transactions.read(() -> rows.values().stream().filter(row -> row.hash().equals(hash)).findFirst()
                .map(Row::toToken));
    }

    @Override
    public void add(ApiToken token) {
        Row row = Row.of(token, 1);
        transactions.atomically(() -> {
            if (rows.containsKey(row.id()) || rows.values().stream().anyMatch(r -> r.hash().equals(row.hash()))) {
                throw new IllegalStateException("token " + row.id() + " or its secret is stored already");
            }
            transactions.write(() -> rows.put(row.id(), row), () -> rows.remove(row.id()));
            return null;
        });
        token.markStored(1);
    }

    @Override
    public void update(ApiToken token) {
        long newVersion = token.version() + 1;
        Row row = Row.of(token, newVersion);
        transactions.atomically(() -> {
            Row current = rows.get(row.id());
            if (current == null || current.version() != token.version()) {
                throw new StaleVersionException("token", row.id(), token.version(),
                        current == null ? null : current.version());
            }
            transactions.write(() -> rows.put(row.id(), row), () -> rows.put(row.id(), current));
            return null;
        });
        token.markStored(newVersion);
    }

    @Override
    public long count() {
        return transactions.read(rows::size);
    }

    @Override
    public Page<ApiToken> find(OrganizationId organization, PageRequest page) {
        return transactions.read(() -> MemoryPages.of(rows.values().stream()
                .filter(row -> organization == null || organization.equals(row.organization()))
                .sorted(Comparator.comparing(Row::issuedAt).thenComparing(row -> row.id().toString()))
                .map(Row::toToken).toList(), page));
    }
}
