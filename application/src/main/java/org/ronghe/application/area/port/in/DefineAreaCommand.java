package org.ronghe.application.area.port.in;

import java.util.Set;

import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Violations;

/** Define an area of the functional layout and the towns it spans. */
public record DefineAreaCommand(AreaLayout layout, BilingualName name, Set<OrganizationId> towns) {

    public DefineAreaCommand {
        var violations = new Violations();
        if (layout == null) {
            violations.add("layout", "is required: CORE, HUB or AREA");
        }
        if (name == null) {
            violations.add("name", "is required");
        }
        if (towns == null || towns.isEmpty()) {
            violations.add("towns", "an area spans at least one town or subdistrict");
        }
        violations.throwIfAny();
        towns = Set.copyOf(towns);
    }
}
