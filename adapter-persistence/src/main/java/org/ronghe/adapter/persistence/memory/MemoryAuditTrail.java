package org.ronghe.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;

final class MemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final MemoryTransactions transactions;

    MemoryAuditTrail(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        // the only undo is the rollback of the transaction that appended it
        transactions.write(() -> entries.add(entry), () -> entries.remove(entry));
    }

    @Override
    public Page<AuditEntry> find(AuditCriteria criteria, PageRequest page) {
        return transactions.read(() -> MemoryPages.of(entries.stream().filter(criteria::matches)
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(e -> e.id().toString())).toList(), page));
    }
}
