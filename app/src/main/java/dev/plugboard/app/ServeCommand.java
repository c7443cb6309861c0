package dev.plugboard.app;

import ch.qos.logback.classic.LoggerContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plugboard serve}: runs the server until it is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the server. On first start it creates the database, loads the bundled catalog and",
            "prints the clientId and clientSecret of a default application (shown only then).",
            "Stop it with Ctrl-C or SIGTERM: it stops accepting connections at once, lets requests in",
            "flight finish (at most shutdown-grace-seconds, 10 by default), and exits with status 0;",
            "a second Ctrl-C or SIGTERM stops it at once.",
            "The web console is at /console (http://127.0.0.1:8080/console by default).",
            "Every route it serves is described, without a key, at /openapi.json (and /openapi.yaml),",
            "with a reference page at /docs."
        })
final class ServeCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** The exit status when a second signal cuts a graceful stop short. */
    static final int EXIT_FORCED = 1;

    @ParentCommand
    PlugboardCli parent;

    @Mixin
    ConfigOptions config;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "The address to listen on (default 127.0.0.1; "
                    + "0.0.0.0 for every interface; env PLUGBOARD_HOST).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The port to listen on (default 8080; 0 picks a " + "free one; env PLUGBOARD_PORT).")
    String port;

    @Option(
            names = "--webhooks-allow-http-loopback",
            description = "For development: accept webhook URLs with plain http to this machine "
                    + "(127.0.0.1, ::1, localhost); otherwise every webhook URL must be https "
                    + "(env PLUGBOARD_WEBHOOKS_ALLOW_HTTP_LOOPBACK=true).")
    boolean webhooksAllowHttpLoopback;

    @Override
    public void run() {
        Map<String, String> flags = new HashMap<>();
        flags.put("host", host);
        flags.put("port", port);
        if (webhooksAllowHttpLoopback) {
            flags.put("webhooks-allow-http-loopback", "true");
        }
        PlugboardConfig loaded = config.load(parent.environment(), flags);
        CountDownLatch stopRequested = new CountDownLatch(1);
        AtomicInteger signals = new AtomicInteger();
        // Installed before starting: the server answers before start() returns, and a signal in
        // between would otherwise end the JVM without the graceful stop.
        TerminationSignals.install(() -> {
            if (signals.incrementAndGet() > 1) {
                System.err.println("plugboard: stopping at once; requests still in flight are cut off");
                Runtime.getRuntime().halt(EXIT_FORCED);
            }
            stopRequested.countDown();
        });
        Plugboard plugboard = Plugboard.start(loaded, Clock.systemUTC());
        // Any other way out (SIGHUP, System.exit, no signal support) still stops the server gracefully.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(plugboard), "plugboard-shutdown"));
        plugboard.printWelcome(loaded, System.out);
        System.out.flush();
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(
                "stopping: no new connections; waiting up to {} s for requests in flight",
                loaded.serving().shutdownGrace().toSeconds());
        stop(plugboard);
    }

    /** Stops the server (once, however often called) and writes out every log line still queued. */
    private static void stop(Plugboard plugboard) {
        try {
            plugboard.close();
            LOG.info("stopped");
        } finally {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                logging.stop();
            }
        }
    }
}
