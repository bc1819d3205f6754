package org.ronghe.domain.project;

import java.util.List;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Text;

/**
 * "党委(党组)挂帅、领域统筹、项目实施、融合推进": who commands, who coordinates the domain, who
 * implements — as positions, never as persons.
 */
public record Mechanism(String commander, String coordinator, List<String> implementers) implements ValueObject {

    public Mechanism {
        commander = Text.required("mechanism.commander", commander, 200);
        coordinator = Text.required("mechanism.coordinator", coordinator, 200);
        implementers = List.copyOf(implementers == null ? List.of() : implementers).stream()
                .map(i -> Text.required("mechanism.implementers", i, 200)).toList();
    }
}
