package org.ronghe.build.pit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pitest.classinfo.ClassName;
import org.pitest.mutationtest.engine.Location;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.MutationIdentifier;

class ClassesSharingAProcessTest {

    private static List<MutationDetails> mutants(String className, int count) {
        List<MutationDetails> mutants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var id = new MutationIdentifier(Location.location(ClassName.fromString(className), "m", "()V"), i, "M");
            mutants.add(new MutationDetails(id, "F.java", "mutant " + i, i + 1, 0));
        }
        return mutants;
    }

    private static List<List<String>> classesOf(List<List<MutationDetails>> units) {
        return units.stream().map(unit -> unit.stream().map(m -> m.getClassName().getNameWithoutPackage().asJavaName())
                .distinct().toList()).toList();
    }

    @Test
    void classes_go_whole_and_in_name_order_to_units_of_about_a_fifth_of_each_threads_share() {
        List<MutationDetails> all = new ArrayList<>();
        all.addAll(mutants("p.D", 4));
        all.addAll(mutants("p.A", 3));
        all.addAll(mutants("p.C", 5));
        all.addAll(mutants("p.B", 3));
        all.addAll(mutants("p.E", 15));

        // 30 mutants, 1 thread: units of at most 6, a class larger than that alone in its unit
        var units = ClassesSharingAProcess.group(all, 1);

        assertEquals(List.of(List.of("A", "B"), List.of("C"), List.of("D"), List.of("E")), classesOf(units));
        assertEquals(List.of(6, 5, 4, 15), units.stream().map(List::size).toList());
    }

    @Test
    void more_threads_make_smaller_units_and_every_mutant_is_in_one() {
        List<MutationDetails> all = new ArrayList<>();
        for (char c = 'A'; c <= 'L'; c++) {
            all.addAll(mutants("p." + c, 1));
        }

        assertEquals(List.of(3, 3, 3, 3), ClassesSharingAProcess.group(all, 1).stream().map(List::size).toList());
        assertEquals(12, ClassesSharingAProcess.group(all, 3).size());
    }
}
