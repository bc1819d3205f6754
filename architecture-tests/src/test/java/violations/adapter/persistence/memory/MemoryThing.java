package violations.adapter.persistence.memory;

/** One adapter using another. */
public class MemoryThing {

    public violations.adapter.persistence.jdbi.JdbiThing delegate;
}
