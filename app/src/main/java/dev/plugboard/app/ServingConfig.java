package dev.plugboard.app;

import dev.plugboard.http.ServingSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the keys of {@link ServingSettings} ({@code tls-cert}, {@code tls-key},
 * {@code cors-allowed-origins}, {@code metrics-port}, {@code metrics-host},
 * {@code shutdown-grace-seconds}) for {@link ConfigLoader}, adding a sentence per problem.
 */
final class ServingConfig {
    static final int MAX_GRACE_SECONDS = 300;

    private ServingConfig() {}

    static ServingSettings read(Map<String, String> values, int apiPort, List<String> problems) {
        Optional<ServingSettings.TlsFiles> tls = tls(values, problems);
        List<String> origins = origins(present(values, "cors-allowed-origins").orElse(""), problems);
        Optional<ServingSettings.MetricsEndpoint> metrics = metrics(values, apiPort, problems);
        Duration grace = grace(values.get("shutdown-grace-seconds"), problems);
        return new ServingSettings(tls, origins, metrics, grace);
    }

    private static Optional<ServingSettings.TlsFiles> tls(Map<String, String> values, List<String> problems) {
        Optional<String> cert = present(values, "tls-cert");
        Optional<String> key = present(values, "tls-key");
        if (cert.isEmpty() && key.isEmpty()) {
            return Optional.empty();
        }
        if (cert.isEmpty() || key.isEmpty()) {
            problems.add("tls-cert and tls-key go together: set both (PEM files of the certificate chain and of its"
                    + " private key) to serve HTTPS, or neither to serve plain HTTP.");
            return Optional.empty();
        }
        Optional<Path> certPath = readableFile("tls-cert", cert.get(), problems);
        Optional<Path> keyPath = readableFile("tls-key", key.get(), problems);
        if (certPath.isEmpty() || keyPath.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ServingSettings.TlsFiles(certPath.get(), keyPath.get()));
    }

    private static Optional<Path> readableFile(String key, String text, List<String> problems) {
        try {
            Path path = Path.of(text);
            if (Files.isRegularFile(path) && Files.isReadable(path)) {
                return Optional.of(path);
            }
            problems.add(key + " must name a readable PEM file, but " + path.toAbsolutePath()
                    + " does not exist or cannot be read.");
        } catch (InvalidPathException e) {
            problems.add(key + " is not a valid path: '" + text + "'.");
        }
        return Optional.empty();
    }

    /** Origins as browsers send them: {@code scheme://host[:port]}, no path; or {@code *}. */
    static List<String> origins(String text, List<String> problems) {
        List<String> origins = new ArrayList<>();
        for (String part : text.split(",")) {
            String origin = part.strip();
            if (origin.isEmpty()) {
                continue;
            }
            if (origin.equals("*") || isOrigin(origin)) {
                origins.add(origin);
            } else {
                problems.add("cors-allowed-origins must list origins such as https://app.example.com or"
                        + " http://localhost:3000 (scheme, host and optional port, no path), or *; got '" + origin
                        + "'.");
            }
        }
        return List.copyOf(origins);
    }

    private static boolean isOrigin(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<ServingSettings.MetricsEndpoint> metrics(
            Map<String, String> values, int apiPort, List<String> problems) {
        Optional<String> port = present(values, "metrics-port");
        String host = values.get("metrics-host");
        if (host.isBlank()) {
            problems.add("metrics-host must not be empty; use 127.0.0.1 for this machine only or 0.0.0.0 for every"
                    + " interface.");
        }
        if (port.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(port.get());
            if (number >= 0 && number <= 65535 && (number == 0 || number != apiPort)) {
                return Optional.of(new ServingSettings.MetricsEndpoint(host, number));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("metrics-port must be a whole number from 0 to 65535 (0 picks a free port) other than port, got '"
                + port.get() + "'.");
        return Optional.empty();
    }

    private static Duration grace(String text, List<String> problems) {
        try {
            int seconds = Integer.parseInt(text);
            if (seconds >= 0 && seconds <= MAX_GRACE_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("shutdown-grace-seconds must be a whole number from 0 to " + MAX_GRACE_SECONDS + ", got '" + text
                + "'.");
        return ServingSettings.DEFAULT.shutdownGrace();
    }

    private static Optional<String> present(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
