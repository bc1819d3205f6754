package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.instant;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.domain.access.ApiTokenId;

/**
 * The primary key (token, key) decides races: a twin's INSERT waits for the first transaction and
 * then fails as a duplicate (PostgreSQL), or fails at once (H2); either way it is "already claimed".
 */
final class JdbiIdempotencyRecords implements IdempotencyRecords {

    private final JdbiTransactions transactions;

    JdbiIdempotencyRecords(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<IdempotencyRecord> find(ApiTokenId token, String key) {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT * FROM idempotency_key WHERE token_id = :token AND idem_key = :key")
                .bind("token", token.value()).bind("key", key)
                .map((rs, ctx) -> {
                    int status = rs.getInt("response_status");
                    StoredResponse response = rs.wasNull() ? null
                            : new StoredResponse(status, rs.getString("response_body"),
                                    decodeHeaders(rs.getString("response_headers")));
                    return new IdempotencyRecord(token, key, rs.getString("fingerprint"), instant(rs, "created_at"),
                            response);
                })
                .findOne());
    }

    @Override
    public void claim(IdempotencyRecord pending) {
        try {
            transactions.write(h -> h.createUpdate("""
                    INSERT INTO idempotency_key (token_id, idem_key, fingerprint, created_at)
                    VALUES (:token, :key, :fingerprint, :createdAt)""")
                    .bind("token", pending.token().value()).bind("key", pending.key())
                    .bind("fingerprint", pending.fingerprint()).bind("createdAt", utc(pending.createdAt()))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (SqlStates.isUniqueViolation(e) || SqlStates.isLockConflict(e)) {
                throw new KeyAlreadyClaimedException();
            }
            throw e;
        }
    }

    @Override
    public void complete(ApiTokenId token, String key, StoredResponse response) {
        int updated = transactions.write(h -> h.createUpdate("""
                UPDATE idempotency_key SET response_status = :status, response_body = :body, response_headers = :headers
                 WHERE token_id = :token AND idem_key = :key AND response_status IS NULL""")
                .bind("status", response.status()).bind("body", response.body())
                .bind("headers", encodeHeaders(response.headers()))
                .bind("token", token.value()).bind("key", key)
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("idempotency key " + key + " was not claimed by this request");
        }
    }

    /** Header names and values are plain tokens and URLs; one "name: value" per line is enough. */
    static String encodeHeaders(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> decodeHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
