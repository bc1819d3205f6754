package violations.ddd;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

public class Chair implements AggregateRoot<Chair, Chair.Id> {

    public record Id(String value) implements Identifier {
    }

    private final Id id = new Id("p");

    @Override
    public Id getId() {
        return id;
    }
}
