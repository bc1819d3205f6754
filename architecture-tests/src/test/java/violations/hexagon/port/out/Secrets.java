package violations.hexagon.port.out;

public interface Secrets {

    String load();
}
