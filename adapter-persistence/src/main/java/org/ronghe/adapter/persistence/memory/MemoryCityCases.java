package org.ronghe.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.cases.port.out.CityCases.SignalReceipt;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseFigure;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.SignalAlreadyReceivedException;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.grid.GridId;

final class MemoryCityCases extends MemoryAggregates<CityCase, CaseId, CityCase.State> implements CityCases {

    private record Receipt(SignalSource source, String eventId) {
    }

    private final MemoryTransactions transactions;
    private record Received(CaseId cityCase, String fingerprint) {
    }

    private final Map<Receipt, Received> receipts = new HashMap<>();

    MemoryCityCases(MemoryTransactions transactions) {
        super(transactions, "case", new Shape<>(CityCase::restore, CityCase::getId, CityCase::state,
                CityCase::version, CityCase::markStored));
        this.transactions = transactions;
    }

    @Override
    public void add(CityCase cityCase) {
        transactions.atomically(() -> {
            var intake = cityCase.state().intake();
            receipt(intake.source(), intake.sourceEventId(), intake.fingerprint(), cityCase.id());
            super.add(cityCase);
            return null;
        });
    }

    @Override
    public void recordRepeat(SignalSource source, String sourceEventId, String fingerprint, CaseId joined) {
        transactions.atomically(() -> {
            receipt(source, sourceEventId, fingerprint, joined);
            return null;
        });
    }

    private void receipt(SignalSource source, String eventId, String fingerprint, CaseId id) {
        var key = new Receipt(source, eventId);
        if (receipts.containsKey(key)) {
            throw new SignalAlreadyReceivedException(source, eventId);
        }
        transactions.write(() -> receipts.put(key, new Received(id, fingerprint)), () -> receipts.remove(key));
    }

    @Override
    public Optional<SignalReceipt> findBySignal(SignalSource source, String sourceEventId) {
        return transactions.read(() -> Optional.ofNullable(receipts.get(new Receipt(source, sourceEventId))))
                .flatMap(received -> findById(received.cityCase())
                        .map(found -> new SignalReceipt(found, received.fingerprint())));
    }

    @Override
    public long countInVillageGrid(String category, GridId villageGrid, Instant from) {
        return stored().filter(c -> c.category().equals(category)
                && villageGrid.equals(c.state().progress().routing().villageGrid())
                && !c.receivedAt().isBefore(from)).count();
    }

    @Override
    public List<CaseFigure> figures(CaseFigureQuery query) {
        return CaseFigure.of(stored().toList(), query);
    }

    @Override
    public List<CityCase> openNear(String category, GeoPoint point, int metres, Instant from, Instant to) {
        var box = point.around(metres);
        return stored().filter(c -> c.status().isOpen() && c.category().equals(category)
                && !c.receivedAt().isBefore(from) && !c.receivedAt().isAfter(to)
                && c.location().longitude() >= box.minLongitude() && c.location().longitude() <= box.maxLongitude()
                && c.location().latitude() >= box.minLatitude() && c.location().latitude() <= box.maxLatitude())
                .sorted(Comparator.comparingDouble(c -> c.location().metresTo(point))).toList();
    }

    @Override
    public Page<CityCase> find(CaseCriteria criteria, PageRequest page) {
        return MemoryPages.of(stored().filter(criteria::matches).sorted(Comparator.comparing(CityCase::receivedAt)
                .reversed().thenComparing(c -> c.id().toString())).toList(), page);
    }

    @Override
    public List<CityCase> dueForEscalation(Instant at, int max) {
        return stored().filter(c -> c.isDueForEscalation(at))
                .sorted(Comparator.comparing(c -> c.state().progress().clock().nextEscalationAt())).limit(max).toList();
    }

    @Override
    public long countOpen(String category) {
        return stored().filter(c -> c.status().isOpen() && c.category().equals(category)).count();
    }
}
