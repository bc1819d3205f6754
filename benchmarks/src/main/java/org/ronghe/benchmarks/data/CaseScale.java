package org.ronghe.benchmarks.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CaseIntake;
import org.ronghe.domain.cases.CaseRouting;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.shared.BilingualName;

/**
 * {@code java -cp ronghe-benchmarks.jar org.ronghe.benchmarks.data.CaseScale JDBC_URL CASES [USER PASSWORD]}: writes
 * CASES open city cases (dispatched, over 9 towns, 360 village grids, 12 categories, received over 90 days; one in
 * a thousand due for escalation) into an empty store through its repository, then times, five times each, the
 * escalation scan (the due ones escalated, the store's index finding them among all) and the case figures by
 * town, grid, department and category over every case; prints the medians against the budget (under 1 s).
 */
public final class CaseScale {

    private static final Instant NOW = Instant.parse("2023-04-04T09:30:00Z");
    private static final Caller SYSTEM = Caller.system("case scale");

    private CaseScale() {
    }

    public static void main(String[] args) {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: CaseScale JDBC_URL CASES [USER PASSWORD]");
            System.exit(2);
        }
        int total = Integer.parseInt(args[1]);
        var settings = args.length == 4 ? new StorageSettings(args[0], args[2], args[3], 4) : StorageSettings.of(args[0]);
        try (var storage = StorageProvider.openFirstAccepting(settings)) {
            Instant[] clock = {NOW};
            var ronghe = Ronghe.on(storage, () -> clock[0], IdSource.timeOrdered());
            var district = ronghe.organizations().commands().register(SYSTEM, new RegisterOrganizationCommand(
                    OrganizationKind.DISTRICT_PARTY_COMMITTEE, OrganizationName.of("区委"), null, null)).id();
            List<OrganizationId> towns = new ArrayList<>();
            List<OrganizationId> departments = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                towns.add(ronghe.organizations().commands().register(SYSTEM, new RegisterOrganizationCommand(
                        OrganizationKind.TOWN_PARTY_COMMITTEE, OrganizationName.of("镇" + i), district, null)).id());
            }
            for (int i = 0; i < 6; i++) {
                departments.add(ronghe.organizations().commands().register(SYSTEM, new RegisterOrganizationCommand(
                        OrganizationKind.DEPARTMENT_PARTY_BODY, OrganizationName.of("部门" + i), district, null))
                        .id());
            }
            List<CaseCategory> categories = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                categories.add(new CaseCategory("CAT_" + i, BilingualName.of("类别" + i, "Category " + i),
                        departments.get(i % departments.size()), Urgency.NORMAL, TimeLimit.hours(4),
                        TimeLimit.workingDays(3), Duration.ofHours(24), 0));
            }
            var calendar = WorkingCalendar.weekdays();
            ronghe.cases().commands().adoptPolicy(SYSTEM, new AdoptCasePolicyCommand(0, categories, calendar,
                    new ShortBoardRule(5, 30)));
            long started = System.nanoTime();
            write(storage, total, towns, categories, calendar);
            System.out.printf("wrote %,d open cases in %.1f s%n", total, (System.nanoTime() - started) / 1e9);

            List<Double> scans = new ArrayList<>();
            int escalated = 0;
            for (int run = 0; run < 5; run++) {
                clock[0] = NOW.plus(Duration.ofMinutes(run));
                long t = System.nanoTime();
                escalated += ronghe.cases().commands().escalateDue(SYSTEM, clock[0]);
                scans.add((System.nanoTime() - t) / 1e6);
            }
            // the first scan finds the due ones and escalates them; the next ones find none among the million
            double first = scans.get(0);
            System.out.printf("escalation scan over %,d open cases: the first (%,d due, escalated) %.0f ms, the next"
                    + " (none due) median %.0f ms of %s (budget under 1000 ms: %s)%n", total, escalated, first,
                    median(scans.subList(1, scans.size())), scans.subList(1, scans.size()),
                    first < 1000 ? "met" : "missed");
            // -Dronghe.scale.figures=false: the scan alone (the figures over a million take minutes on H2)
            var groupings = Boolean.parseBoolean(System.getProperty("ronghe.scale.figures", "true"))
                    ? CaseFigureQuery.Grouping.values() : new CaseFigureQuery.Grouping[0];
            for (var by : groupings) {
                List<Double> times = new ArrayList<>();
                int rows = 0;
                for (int run = 0; run < 3; run++) {
                    long t = System.nanoTime();
                    // another instant each time: H2 answers a repeated query from its cache
                    rows = ronghe.cases().queries().figures(by, null, null, NOW.plusSeconds(run)).rows().size();
                    times.add((System.nanoTime() - t) / 1e6);
                }
                System.out.printf("figures by %s over %,d cases (%d rows): median %.0f ms of %s (budget under 1000"
                        + " ms: %s)%n", by.name().toLowerCase(), total, rows, median(times), times,
                        median(times) < 1000 ? "met" : "missed");
            }
        }
    }

    /** Open cases written in transactions of a thousand, dispatched; one in a thousand past its limit. */
    private static void write(Storage storage, int total, List<OrganizationId> towns, List<CaseCategory> categories,
            WorkingCalendar calendar) {
        var random = new Random(2023);
        List<GridId> villages = new ArrayList<>();
        for (int i = 0; i < 360; i++) {
            villages.add(new GridId(UUID.nameUUIDFromBytes(("village-" + i).getBytes())));
        }
        int batch = 1_000;
        for (int from = 0; from < total; from += batch) {
            int first = from;
            storage.transactions().inTransaction(() -> {
                for (int i = first; i < Math.min(total, first + batch); i++) {
                    var category = categories.get(random.nextInt(categories.size()));
                    int village = random.nextInt(villages.size());
                    var town = towns.get(village % towns.size());
                    // one in a thousand dispatched five hours ago, its four hours to sign for passed: due; the
                    // others received over ninety days and already escalated to the town: open, not due
                    boolean due = i % 1_000 == 0;
                    Instant received = due ? NOW.minus(Duration.ofHours(5))
                            : NOW.minus(Duration.ofMinutes(300 + random.nextInt(90 * 24 * 60)));
                    var point = new GeoPoint(121.2 + random.nextDouble() * 0.2, 31.3 + random.nextDouble() * 0.12);
                    var routing = new CaseRouting(null, null, villages.get(village), "V-" + village, null, null, town);
                    var c = CityCase.receive(new CaseId(UUID.randomUUID()), new CaseIntake(SignalSource.SIGN_PLATFORM,
                            "E-" + i, category.code(), point, null, "信号", List.of(), null, received), category,
                            routing).cityCase();
                    c.file(town, null, received);
                    c.dispatch(town, null, category, calendar, received);
                    while (!due && c.isDueForEscalation(NOW)) {
                        c.escalate(calendar, NOW);
                    }
                    storage.cityCases().add(c);
                }
                return null;
            });
            if ((from / batch) % 100 == 99) {
                System.out.printf("  %,d written%n", from + batch);
            }
        }
    }

    private static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
