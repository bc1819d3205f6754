package org.ronghe.build.pit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import org.pitest.classinfo.ClassName;
import org.pitest.classpath.CodeSource;
import org.pitest.mutationtest.build.MutationGrouper;
import org.pitest.mutationtest.build.MutationGrouperFactory;
import org.pitest.mutationtest.engine.MutationDetails;

/**
 * Mutants grouped into the units PIT gives each a process of its own: several classes of a package
 * and its neighbours to a process, instead of PIT's one class to a process. A process costs about
 * 2.5 s of a core before its first mutant (a JVM, PIT, the JUnit launcher, loading what the first
 * test touches), and most classes have fewer mutants than that buys (docs/adr/0013). The classes go
 * in name order, so that the classes of one unit share their tests; a class is never split, and
 * {@link OriginalClassRestored} puts each class back before the next is mutated. The units stay
 * small enough, a fifth of each thread's share, for the threads to finish together.
 */
public final class ClassesSharingAProcess implements MutationGrouperFactory {

    /** Units per thread: enough for the last ones to be short when the threads finish unevenly. */
    static final int UNITS_PER_THREAD = 5;

    @Override
    public String description() {
        return "several classes to a process, each whole, in name order";
    }

    @Override
    public MutationGrouper makeFactory(Properties properties, CodeSource code, int threads, int unitSize) {
        return (classes, mutations) -> group(mutations, Math.max(1, threads));
    }

    static List<List<MutationDetails>> group(Collection<MutationDetails> mutations, int threads) {
        var byClass = new TreeMap<ClassName, List<MutationDetails>>();
        for (MutationDetails mutation : mutations) {
            byClass.computeIfAbsent(mutation.getClassName(), name -> new ArrayList<>()).add(mutation);
        }
        int share = Math.max(1, (int) Math.ceil(mutations.size() / (double) (threads * UNITS_PER_THREAD)));
        var units = new ArrayList<List<MutationDetails>>();
        List<MutationDetails> unit = new ArrayList<>();
        for (List<MutationDetails> ofOneClass : byClass.values()) {
            if (!unit.isEmpty() && unit.size() + ofOneClass.size() > share) {
                units.add(unit);
                unit = new ArrayList<>();
            }
            unit.addAll(ofOneClass);
        }
        if (!unit.isEmpty()) {
            units.add(unit);
        }
        return units;
    }
}
