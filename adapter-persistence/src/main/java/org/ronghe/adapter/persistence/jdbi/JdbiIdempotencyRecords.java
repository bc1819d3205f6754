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
 * then fails as a duplicate (PostgreSQL), or fails at once (H2); either way it is "already claimed". A key
 * is inserted once, with its response, at the end of its request's transaction.
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
    public void store(IdempotencyRecord answered) {
        StoredResponse response = answered.response();
        if (response == null) {
            throw new IllegalArgumentException("an idempotency key is stored with its response");
        }
        try {
            transactions.write(h -> h.createUpdate("""
                    INSERT INTO idempotency_key (token_id, idem_key, fingerprint, created_at, response_status,
                                                 response_body, response_headers)
                    VALUES (:token, :key, :fingerprint, :createdAt, :status, :body, :headers)""")
                    .bind("token", answered.token().value()).bind("key", answered.key())
                    .bind("fingerprint", answered.fingerprint()).bind("createdAt", utc(answered.createdAt()))
                    .bind("status", response.status()).bind("body", response.body())
                    .bind("headers", encodeHeaders(response.headers()))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (SqlStates.isUniqueViolation(e) || SqlStates.isLockConflict(e)) {
                throw new KeyAlreadyClaimedException();
            }
            throw e;
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
