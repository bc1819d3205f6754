package org.ronghe.application.area.service;

import org.ronghe.application.area.port.in.AreaCommands;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.CommitteeStewardship;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** Defines areas; each definition audited. */
public record AreaService(Areas areas, Organizations organizations, AggregateWrites<Area, AreaId> writes)
        implements AreaCommands {

    @Override
    public AreaView define(Caller caller, DefineAreaCommand command) {
        CommitteeStewardship.requireMayGovern(caller.actor());
        return writes.create(caller, () -> {
            for (var town : command.towns()) {
                var organization = organizations.findById(town)
                        .orElseThrow(() -> new UnknownReferenceException("towns", "town", town));
                if (organization.kind() != OrganizationKind.TOWN_PARTY_COMMITTEE) {
                    throw new InvalidValueException("towns", town + " is a " + organization.kind()
                            + ", not a town or subdistrict party committee");
                }
            }
            var definition = Area.define(new AreaId(writes.newId()), command.layout(), command.name(), command.towns(),
                    areas::isNameTaken, writes.now());
            return new AggregateWrites.Created<>(definition.area(), definition.event());
        }, AreaView::of);
    }
}
