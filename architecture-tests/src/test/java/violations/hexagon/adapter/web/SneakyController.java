package violations.hexagon.adapter.web;

import violations.hexagon.port.out.Secrets;

/** A primary adapter that calls a secondary port directly, past the use cases. */
public class SneakyController {

    private final Secrets secrets;

    public SneakyController(Secrets secrets) {
        this.secrets = secrets;
    }

    public String handle() {
        return secrets.load();
    }
}
