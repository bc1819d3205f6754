package org.ronghe.application.area.service;

import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.area.port.in.DefineAreaUseCase;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.CommitteeStewardship;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

public final class DefineAreaService implements DefineAreaUseCase {

    private final Areas areas;
    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    public DefineAreaService(Areas areas, Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock, IdSource ids) {
        this.areas = areas;
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public AreaView define(Caller caller, DefineAreaCommand command) {
        CommitteeStewardship.requireMayGovern(caller.actor());
        return transactions.inTransaction(() -> {
            for (var town : command.towns()) {
                var organization = organizations.findById(town)
                        .orElseThrow(() -> new UnknownReferenceException("towns", "town", town));
                if (organization.kind() != OrganizationKind.TOWN_PARTY_COMMITTEE) {
                    throw new InvalidValueException("towns", town + " is a " + organization.kind()
                            + ", not a town or subdistrict party committee");
                }
            }
            var definition = Area.define(new AreaId(ids.next()), command.layout(), command.name(), command.towns(),
                    areas::isNameTaken, clock.now());
            areas.add(definition.area());
            auditor.record(caller, definition.event());
            return AreaView.of(definition.area());
        });
    }
}
