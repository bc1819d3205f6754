package org.ronghe.adapter.http.console;

import java.util.List;

/**
 * 令牌: the API tokens the district's administrators issue (console sessions are not listed: they end by
 * themselves), the form that issues one, and, once, the secret of the token just issued.
 */
public record TokensPage(Frame frame, List<Choice> organizations, List<Choice> roles, List<Row> rows, Issued issued,
        String notice) {

    /** A token: whose, which role, what it is for, when issued, whether it still opens anything. */
    public record Row(String id, String organization, String role, String label, String issuedAt, boolean active,
            long version) {
    }

    /** The token just issued and its secret, shown this once. */
    public record Issued(String organization, String role, String secret) {
    }
}
