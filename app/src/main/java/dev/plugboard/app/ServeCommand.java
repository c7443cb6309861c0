package dev.plugboard.app;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
            "Stop it with Ctrl-C or SIGTERM. The web console is at /console (http://127.0.0.1:8080/console",
            "by default)."
        })
final class ServeCommand implements Runnable {
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
        Plugboard plugboard = Plugboard.start(loaded, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            plugboard.close();
                            stopped.countDown();
                        },
                        "plugboard-shutdown"));
        plugboard.printWelcome(loaded, System.out);
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
