package org.ronghe.adapter.http.console;

import java.util.function.Function;
import java.util.function.Supplier;

import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.shared.Violations;

import io.javalin.http.Context;

/** A list page's filters from its query: every bad one collected, then refused together (a page in Chinese). */
final class ListParameters {

    private final Context ctx;
    private final Violations violations = new Violations();

    ListParameters(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * A list's search as typed: stripped, null when blank; longer than a name, or with what no name holds, it is
     * refused (the length in Chinese). Every list's filters read {@code q} through here.
     */
    static String searchText(String q) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > NameSearch.MAX_LENGTH) {
            throw new InvalidValueException("q", "至多 " + NameSearch.MAX_LENGTH + " 个字");
        }
        NameSearch.parse(text);
        return text;
    }

    /** The search as the contexts' criteria take it (null: none). */
    static NameSearch search(String q) {
        return NameSearch.parse(q);
    }

    String text(String name) {
        return ctx.queryParam(name);
    }

    <E extends Enum<E>> E status(Class<E> type) {
        return optional("status", text -> Enums.parse(type, "status", text));
    }

    OrganizationId town() {
        return optional("townId", text -> OrganizationId.parse("townId", text));
    }

    GridId grid() {
        return optional("gridId", text -> GridId.parse("gridId", text));
    }

    private <T> T optional(String name, Function<String, T> parse) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : violations.check(() -> parse.apply(value));
    }

    /** The filters made of the parameters read, or every bad parameter at once. */
    <T> T filters(Supplier<T> make) {
        T made = violations.check(make);
        violations.throwIfAny();
        return made;
    }
}
