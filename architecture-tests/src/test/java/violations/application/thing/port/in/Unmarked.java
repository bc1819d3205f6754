package violations.application.thing.port.in;

/** A primary port in a package without its @PrimaryPort package-info. */
public interface Unmarked {
}
