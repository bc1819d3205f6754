package org.ronghe.adapter.persistence.jdbi;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.shared.Text;

/**
 * A list's name search (q=) and a town's scope in SQL. A row keeps the comparison keys of its names in
 * {@code search_key}, separated by a space: a key has no white space, so no search spans two names.
 */
final class SearchKeys {

    private SearchKeys() {
    }

    /** What a row stores in {@code search_key} for its names (a missing name adds nothing). */
    static String of(String... names) {
        return Arrays.stream(names).filter(Objects::nonNull).map(Text::key).collect(Collectors.joining(" "));
    }

    /** The condition on {@code column} that a search binds as {@code :q}. */
    static String condition(String column) {
        return column + " LIKE :q ESCAPE '\\'";
    }

    /** The LIKE pattern of a search: its key anywhere, with LIKE's own characters taken literally. */
    static String pattern(NameSearch search) {
        String escaped = search.key().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The scope's organizations as a list of literals for {@code IN (...)} ({@link JdbcValues#uuidLiterals}). */
    static String literals(OrganizationScope scope) {
        return JdbcValues.uuidLiterals(scope.members().stream().map(id -> id.value()).toList());
    }
}
