package org.ronghe.domain.area;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * An area of the new city's functional layout (片区), and the towns/subdistricts it spans. An area
 * fusion committee is led by a town of its area.
 */
public final class Area implements AggregateRoot<Area, AreaId> {

    /** Everything an area is; for defining and restoring. */
    public record State(AreaId id, AreaLayout layout, BilingualName name, Set<OrganizationId> towns, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(name, "name");
            towns = Set.copyOf(towns);
        }
    }

    private State s;

    private Area(State state) {
        this.s = state;
    }

    public record Definition(Area area, AreaDefined event) {
    }

    /**
     * Defines an area. The application checks that every town is a town party committee.
     *
     * @throws InvalidValueException if it spans no town
     */
    /**
     * @throws DuplicateAreaNameException if an area already bears the name (compared by key: invisible
     *     characters, width and white space do not make another name)
     */
    public static Definition define(AreaId id, AreaLayout layout, BilingualName name, Set<OrganizationId> towns,
            AreaNames names, Instant now) {
        if (towns == null || towns.isEmpty()) {
            throw new InvalidValueException("towns", "an area spans at least one town or subdistrict");
        }
        if (names.isTaken(keyOf(name))) {
            throw new DuplicateAreaNameException(name.zh());
        }
        var area = new Area(new State(id, layout, name, towns, 0));
        return new Definition(area, new AreaDefined(id, layout, name, area.s.towns(), now));
    }

    public static Area restore(State state) {
        return new Area(state);
    }

    /** The key its Chinese name compares by, unique among areas. */
    public static String keyOf(BilingualName name) {
        return Text.key(name.zh());
    }

    public boolean spans(OrganizationId town) {
        return s.towns().contains(town);
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.layout(), s.name(), s.towns(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public AreaId getId() {
        return s.id();
    }

    public AreaLayout layout() {
        return s.layout();
    }

    public BilingualName name() {
        return s.name();
    }

    public Set<OrganizationId> towns() {
        return s.towns();
    }

    public long version() {
        return s.version();
    }
}
