package violations.adapter.persistence.jdbi;

public class JdbiThing {
}
