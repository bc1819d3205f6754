package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * The district's rules for cases, as data: the categories (who owns each, its time limits, when a repeat joins
 * an open case), the working-day calendar the limits are counted on, and the short-board rule. One per
 * district, adopted once and then revised whole.
 */
public final class CasePolicy implements AggregateRoot<CasePolicy, CasePolicyId> {

    static final int MAX_CATEGORIES = 200;

    public record State(CasePolicyId id, List<CaseCategory> categories, WorkingCalendar calendar,
            ShortBoardRule shortBoard, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            categories = List.copyOf(categories == null ? List.of() : categories);
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(shortBoard, "shortBoard");
        }
    }

    private State s;

    private CasePolicy(State state) {
        this.s = state;
    }

    public record Adoption(CasePolicy policy, CasePolicyAdopted event) {
    }

    public static Adoption adopt(CasePolicyId id, List<CaseCategory> categories, WorkingCalendar calendar,
            ShortBoardRule shortBoard, Instant now) {
        var policy = new CasePolicy(new State(id, checked(categories), required("calendar", calendar), required("shortBoard", shortBoard), 0));
        return new Adoption(policy, new CasePolicyAdopted(id, codes(policy.s.categories()), now));
    }

    public static CasePolicy restore(State state) {
        return new CasePolicy(state);
    }

    /**
     * Replaces the categories, calendar and rule whole. The application keeps a category that open cases
     * still belong to (it alone can count them); see {@link #removedBy(List)}.
     */
    public CasePolicyRevised revise(List<CaseCategory> categories, WorkingCalendar calendar, ShortBoardRule shortBoard,
            Instant now) {
        var next = checked(categories);
        var before = s.categories();
        var added = new ArrayList<String>();
        var changed = new ArrayList<String>();
        for (CaseCategory category : next) {
            var old = before.stream().filter(c -> c.code().equals(category.code())).findFirst();
            if (old.isEmpty()) {
                added.add(category.code());
            } else if (!old.get().equals(category)) {
                changed.add(category.code());
            }
        }
        List<String> removed = removedBy(next);
        s = new State(s.id(), next, required("calendar", calendar), required("shortBoard", shortBoard), s.version());
        return new CasePolicyRevised(s.id(), added, changed, removed, now);
    }

    /** The codes of this policy's categories that the given list leaves out. */
    public List<String> removedBy(List<CaseCategory> next) {
        var kept = new HashSet<>(codes(next));
        return s.categories().stream().map(CaseCategory::code).filter(code -> !kept.contains(code)).toList();
    }

    public Optional<CaseCategory> category(String code) {
        return s.categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The category of a code, or a refusal naming the field. */
    public CaseCategory requireCategory(String field, String code) {
        return category(code).orElseThrow(() -> new InvalidValueException(field, "is not a category of the case"
                + " policy: " + code));
    }

    private static List<CaseCategory> checked(List<CaseCategory> categories) {
        if (categories == null || categories.isEmpty()) {
            throw new InvalidValueException("categories", "at least one category is required");
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new InvalidValueException("categories", "at most " + MAX_CATEGORIES + " categories, were "
                    + categories.size());
        }
        var seen = new HashSet<String>();
        for (CaseCategory category : categories) {
            if (!seen.add(category.code())) {
                throw new InvalidValueException("categories", "the code " + category.code() + " is given twice");
            }
        }
        return categories;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static List<String> codes(List<CaseCategory> categories) {
        return categories.stream().map(CaseCategory::code).toList();
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.categories(), s.calendar(), s.shortBoard(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public CasePolicyId getId() {
        return s.id();
    }

    public WorkingCalendar calendar() {
        return s.calendar();
    }

    public long version() {
        return s.version();
    }
}
