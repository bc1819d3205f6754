package violations.domain;

/** A domain class that reaches for JDBC: java.sql is not java.base. */
public class LeakyAggregate {

    private java.sql.Connection connection;

    public java.sql.Connection connection() {
        return connection;
    }
}
