package dev.plugboard.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server is exposed and stopped, beyond its address.
 *
 * @param tls the PEM certificate chain and private key to serve HTTPS with; empty serves plain HTTP
 * @param corsOrigins origins ({@code https://app.example.com}, or {@code *} for any) whose browser
 *     pages may call the routes a connect token reaches; empty allows none
 * @param metrics where {@code GET /metrics} is served, on a port of its own; empty serves no metrics
 * @param shutdownGrace how long a stop waits for requests in flight before closing their connections
 */
public record ServingSettings(
        Optional<TlsFiles> tls, List<String> corsOrigins, Optional<MetricsEndpoint> metrics, Duration shutdownGrace) {
    public static final ServingSettings DEFAULT =
            new ServingSettings(Optional.empty(), List.of(), Optional.empty(), Duration.ofSeconds(10));

    public ServingSettings {
        Objects.requireNonNull(tls, "tls");
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
        }
    }

    /** A PEM certificate (chain) file and the PEM file of its private key (PKCS#8, RSA or EC). */
    public record TlsFiles(Path certificate, Path key) {
        public TlsFiles {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(key, "key");
        }
    }

    /** The address of the metrics listener; port 0 picks a free port. */
    public record MetricsEndpoint(String host, int port) {
        public MetricsEndpoint {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("metrics port must be from 0 to 65535: " + port);
            }
        }
    }

    public ServingSettings withTls(TlsFiles files) {
        return new ServingSettings(Optional.of(files), corsOrigins, metrics, shutdownGrace);
    }

    public ServingSettings withCorsOrigins(List<String> origins) {
        return new ServingSettings(tls, origins, metrics, shutdownGrace);
    }

    public ServingSettings withMetrics(MetricsEndpoint endpoint) {
        return new ServingSettings(tls, corsOrigins, Optional.of(endpoint), shutdownGrace);
    }
}
