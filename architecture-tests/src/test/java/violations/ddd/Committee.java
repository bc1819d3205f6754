package violations.ddd;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/** An aggregate that holds another aggregate instead of its id. */
public class Committee implements AggregateRoot<Committee, Committee.Id> {

    public record Id(String value) implements Identifier {
    }

    private final Id id = new Id("c");
    private Chair chair;

    @Override
    public Id getId() {
        return id;
    }

    public Chair chair() {
        return chair;
    }
}
