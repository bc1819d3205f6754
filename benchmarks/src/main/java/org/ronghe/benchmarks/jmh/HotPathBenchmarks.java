package org.ronghe.benchmarks.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.AccessQueries;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.targetsystem.port.in.DashboardView;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.benchmarks.data.DataGenerator;
import org.ronghe.benchmarks.data.Scale;
import org.ronghe.domain.access.CommitteeStewardship;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.AttainmentRollup;
import org.ronghe.domain.targetsystem.Indicator;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.targetsystem.TargetSystemId;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of the domain and the application, on the in-memory adapter (so storage does not
 * blur them), at each scale: assembling the structure tree, rolling up attainment (the whole target
 * system, and the dashboard with its live figures), the overdue scan, and authorization (token
 * authentication and a stewardship check). {@code java -jar ronghe-benchmarks.jar HotPath}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class HotPathBenchmarks {

    static final String SECRET = "jmh-secret-of-at-least-32-characters-000001";

    @Param({ "DISTRICT", "CITY", "PROVINCE" })
    public String scale;

    private MemoryStorage storage;
    private Ronghe ronghe;
    private AccessQueries authenticate;
    private TargetSystemId jiadingTargets;
    private List<Indicator> everyIndicator;
    private final PlanPeriod period = new PlanPeriod(2021, 2025);
    private final LocalDate day = DataGenerator.REFERENCE_DAY;

    @Setup(Level.Trial)
    public void generate() {
        storage = new MemoryStorage();
        DataGenerator.generate(storage, Scale.parse(scale), line -> { });
        ronghe = Ronghe.on(storage);
        ronghe.access().commands().bootstrap(SECRET);
        authenticate = ronghe.access().queries();
        List<TargetSystemView> systems = new ArrayList<>();
        Page.every(page -> ronghe.targetSystems().queries().systems(page))
                .forEach(s -> systems.add(ronghe.targetSystems().queries().system(s.id(), day)));
        jiadingTargets = systems.stream().filter(s -> s.title().contains("嘉定新城")).findFirst().orElseThrow().id();
        everyIndicator = new ArrayList<>();
        for (var s : systems) {
            var system = storage.targetSystems().findById(s.id()).orElseThrow();
            everyIndicator.addAll(system.state().indicators());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        storage.close();
    }

    /** The whole structure as a tree, as {@code GET /api/v1/structure} assembles it. */
    @Benchmark
    public StructureView structureTree() {
        return ronghe.committees().queries().structure(day);
    }

    /** Attainment of every indicator of every target system (33 per district) and their rollup. */
    @Benchmark
    public AttainmentRollup attainmentRollupOfEveryIndicator() {
        List<Attainment> attainments = new ArrayList<>(everyIndicator.size());
        for (Indicator indicator : everyIndicator) {
            attainments.add(indicator.attainmentOn(day, period, null));
        }
        return AttainmentRollup.of(attainments);
    }

    /** The Jiading dashboard: its live figures count committees, projects, meetings and tasks of the whole store. */
    @Benchmark
    public DashboardView dashboardWithLiveFigures() {
        return ronghe.targetSystems().queries().dashboard(jiadingTargets, day);
    }

    /** The first page of overdue tasks on the reference day, as {@code GET /api/v1/overdue-tasks} asks it. */
    @Benchmark
    public Page<TaskView> overdueScan() {
        return ronghe.tasks().queries().overdueTasks(null, day, PageRequest.first());
    }

    /** What every request pays before its use case: the token looked up by its hash, then a role check. */
    @Benchmark
    public boolean authorization() {
        var authenticated = authenticate.authenticate(SECRET);
        CommitteeStewardship.requireMayGovern(authenticated.actor());
        return authenticated.actor().isAdmin();
    }
}
