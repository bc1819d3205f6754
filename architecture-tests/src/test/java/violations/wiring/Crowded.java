package violations.wiring;

/** A class wired from nine collaborators: a hub that knows too much. */
public class Crowded {

    public interface Port {
    }

    public record Views(String a, String b, String c, String d, String e, String f, String g, String h, String i) {
    }

    public Crowded(Port a, Port b, Port c, Port d, Port e, Port f, Port g, Port h, Port i, Views data) {
    }

    /** Eight collaborators and any number of data: allowed. */
    public record Allowed(Port a, Port b, Port c, Port d, Port e, Port f, Port g, Port h, Views data, String name) {
    }
}
