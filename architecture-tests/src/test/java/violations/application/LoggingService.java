package violations.application;

/** An application class that logs through java.logging: the application knows no logging framework. */
public class LoggingService {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");

    public void run() {
        LOG.info("running");
    }
}
