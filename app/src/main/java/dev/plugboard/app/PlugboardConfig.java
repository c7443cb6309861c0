package dev.plugboard.app;

import dev.plugboard.domain.Secret;
import dev.plugboard.http.ConnectionTimeouts;
import dev.plugboard.http.ServingSettings;
import dev.plugboard.http.overload.LimitSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Plugboard is configured with, validated before anything starts (see
 * {@link ConfigLoader} for where each value comes from).
 *
 * @param dataDir where the SQLite database and the signing key live
 * @param dbUrl a JDBC URL; empty means the SQLite file {@code plugboard.db} in {@code dataDir}
 * @param signingKey the token-signing key; empty means the ones kept in the database
 * @param health how connector health is computed and kept
 * @param webhooks how webhook subscriptions are accepted
 * @param limits rate limits and load shedding, per replica
 * @param timeouts how long slow and silent connections are kept
 * @param serving TLS, CORS, the metrics listener and the shutdown grace
 */
public record PlugboardConfig(
        String host,
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<Secret> dbPassword,
        Optional<Secret> signingKey,
        HealthSettings health,
        WebhookSettings webhooks,
        LimitSettings limits,
        ConnectionTimeouts timeouts,
        ServingSettings serving) {

    public PlugboardConfig {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(serving, "serving");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(signingKey, "signingKey");
    }

    public PlugboardConfig withPort(int newPort) {
        return new PlugboardConfig(
                host,
                newPort,
                dataDir,
                dbUrl,
                dbUser,
                dbPassword,
                signingKey,
                health,
                webhooks,
                limits,
                timeouts,
                serving);
    }

    public PlugboardConfig withDataDir(Path newDataDir) {
        return new PlugboardConfig(
                host,
                port,
                newDataDir,
                dbUrl,
                dbUser,
                dbPassword,
                signingKey,
                health,
                webhooks,
                limits,
                timeouts,
                serving);
    }
}
