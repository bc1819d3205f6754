package org.ronghe.build.pit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tests of each class as the coverage run planned them, kept for the mutation runs of the same PIT
 * run. PIT runs coverage first, in one process that is handed every test class, then one process per
 * mutated class, each handed the test classes that reach it (30 or more for a class of the application)
 * and each planning them again: planning with the platform costs about half a second in a fresh process,
 * as much as its first test. The coverage process writes what it planned, the mutation processes read
 * it; a class the file does not name is planned as before (docs/adr/0013).
 */
final class TestPlanFile {

    /** In the module's directory, where PIT starts its processes; rewritten by every coverage run. */
    private static final Path FILE = Path.of("target", "ronghe-pit-test-plan.tsv");

    private static final boolean COVERAGE_RUN = System.getProperty("sun.java.command", "")
            .startsWith("org.pitest.coverage.execute.CoverageMinion");

    private static boolean started;
    private static Map<String, List<String>> read;

    private TestPlanFile() {
    }

    /** The unique ids of a class's tests as the coverage run planned them, if this is a mutation run. */
    static synchronized Optional<List<String>> planned(String className) {
        if (COVERAGE_RUN) {
            return Optional.empty();
        }
        if (read == null) {
            read = readFile();
        }
        return Optional.ofNullable(read.get(className));
    }

    /** Keeps what the coverage run planned for a class (nothing outside a coverage run). */
    static synchronized void keep(String className, List<String> uniqueIds) {
        if (!COVERAGE_RUN) {
            return;
        }
        var lines = new StringBuilder(className).append('\n');
        uniqueIds.forEach(id -> lines.append(className).append('\t').append(id).append('\n'));
        try {
            Files.createDirectories(FILE.getParent());
            if (!started) {
                Files.writeString(FILE, "", StandardCharsets.UTF_8);
                started = true;
            }
            Files.writeString(FILE, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the test plan in " + FILE.toAbsolutePath(), e);
        }
    }

    // a line with the class alone says it was planned (perhaps with no tests); a line with a tab, one test
    private static Map<String, List<String>> readFile() {
        Map<String, List<String>> plans = new HashMap<>();
        if (!Files.isRegularFile(FILE)) {
            return plans;
        }
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    plans.putIfAbsent(line, new ArrayList<>());
                } else {
                    plans.computeIfAbsent(line.substring(0, tab), name -> new ArrayList<>()).add(line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test plan in " + FILE.toAbsolutePath(), e);
        }
        return plans;
    }
}
