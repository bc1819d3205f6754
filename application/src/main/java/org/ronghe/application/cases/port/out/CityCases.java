package org.ronghe.application.cases.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseFigure;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.grid.GridId;

/**
 * All city cases, and the receipts of the signals they took in: a source's event id belongs to one case, the
 * one it made ({@link #add}) or joined ({@link #recordRepeat}); storing it a second time fails with
 * {@link org.ronghe.domain.cases.SignalAlreadyReceivedException}. Implementations must pass the contract kit;
 * the due, overdue and nearby look-ups are index-backed.
 */
public interface CityCases extends AggregateRepository<CityCase, CaseId> {

    /**
     * A source's event taken in: the case it made or joined, and the fingerprint of what it said
     * ({@link org.ronghe.domain.cases.CaseIntake#fingerprint()}).
     */
    record SignalReceipt(CityCase cityCase, String fingerprint) {
    }

    /** The case a source's event made or joined, with what the event said. */
    Optional<SignalReceipt> findBySignal(SignalSource source, String sourceEventId);

    /** How many cases of a category were routed to a village grid and received at or after an instant. */
    long countInVillageGrid(String category, GridId villageGrid, Instant from);

    /** The figures of the cases a query counts, one per group in key order (the group without a key last). */
    List<CaseFigure> figures(CaseFigureQuery query);

    /** A repeat joined an open case: its event id (and what it said) now belongs to that case. */
    void recordRepeat(SignalSource source, String sourceEventId, String fingerprint, CaseId joined);

    /**
     * Open cases of a category received within the interval, within about {@code metres} of a point (a box
     * around it: the caller applies the exact rule), the nearest first.
     */
    List<CityCase> openNear(String category, GeoPoint point, int metres, Instant from, Instant to);

    /** Matching cases, the latest received first, then by id. */
    Page<CityCase> find(CaseCriteria criteria, PageRequest page);

    /** Up to {@code max} open cases due for escalation at the instant, the longest due first. */
    List<CityCase> dueForEscalation(Instant at, int max);

    /** How many open cases a category has (a policy may not drop a category while it has any). */
    long countOpen(String category);
}
