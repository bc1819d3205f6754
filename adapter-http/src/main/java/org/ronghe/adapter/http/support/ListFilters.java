package org.ronghe.adapter.http.support;

import java.util.List;

import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.NameSearch;

/**
 * The two filters the lists share: {@code q=}, a search by name, and {@code townId=}, a town's scope (the town,
 * its villages and its units; any organization's, in fact). The contexts' criteria carry both, so the API and the
 * console filter the same way, in the store.
 */
public final class ListFilters {

    private ListFilters() {
    }

    /** {@code q=}: null when absent or blank. */
    public static NameSearch q(QueryParameters parameters) {
        return parameters.optional("q", NameSearch::parse);
    }

    /** {@code townId=}: null when absent; resolve it with {@link #scope} once the parameters are valid. */
    public static OrganizationId townId(QueryParameters parameters) {
        return parameters.optional("townId", text -> OrganizationId.parse("townId", text));
    }

    /** The scope of the town named, or null when none is; a town that does not exist is the caller's error. */
    public static OrganizationScope scope(OrganizationQueries organizations, OrganizationId town) {
        if (town == null) {
            return null;
        }
        return organizations.scope(town).orElseThrow(() -> new InvalidValueException("townId",
                "names no organization: " + town));
    }

    /**
     * The two filters in the OpenAPI document: what the search looks at, and who in the town's scope makes an
     * item count ("the town, its villages and its units" follows).
     */
    public static List<ApiDoc.Query> documented(String searched, String whoCounts) {
        return List.of(ApiDoc.Query.text("q").describedAs("only those whose " + searched + " contains this (case, "
                        + "full-width forms and spaces do not matter; at most " + NameSearch.MAX_LENGTH + " characters)"),
                ApiDoc.Query.uuid("townId").describedAs("only those " + whoCounts + " the town named (or any "
                        + "organization), its villages and its units"));
    }
}
