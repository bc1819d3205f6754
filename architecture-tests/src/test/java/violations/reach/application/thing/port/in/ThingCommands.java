package violations.reach.application.thing.port.in;

/** A context's public entry: adapters may use it. */
public interface ThingCommands {

    void rename(String name);
}
