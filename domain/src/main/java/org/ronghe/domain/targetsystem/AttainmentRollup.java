package org.ronghe.domain.targetsystem;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Attainments counted together (a category, or the whole system): how many indicators in each state,
 * the worst state among them, and the share of indicators with data that are MET or ON_TRACK
 * (in percent, rounded down; null when none has data).
 */
public record AttainmentRollup(int indicators, Map<Attainment, Integer> counts, Attainment worst,
        Integer healthyPercent) implements ValueObject {

    public AttainmentRollup {
        counts = Map.copyOf(counts);
    }

    public static AttainmentRollup of(Collection<Attainment> attainments) {
        Map<Attainment, Integer> counts = new EnumMap<>(Attainment.class);
        for (Attainment a : Attainment.values()) {
            counts.put(a, 0);
        }
        Attainment worst = null;
        for (Attainment a : attainments) {
            counts.merge(a, 1, Integer::sum);
            if (worst == null || a.ordinal() < worst.ordinal()) {
                worst = a;
            }
        }
        int withData = attainments.size() - counts.get(Attainment.NO_DATA);
        int healthy = counts.get(Attainment.MET) + counts.get(Attainment.ON_TRACK);
        return new AttainmentRollup(attainments.size(), counts, worst,
                withData == 0 ? null : healthy * 100 / withData);
    }
}
