package dev.plugboard.app;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.http.ConnectionTimeouts;
import dev.plugboard.http.overload.LimitSettings;
import dev.plugboard.http.overload.TrustedProxies;
import dev.plugboard.storage.Dialect;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads {@link PlugboardConfig} once, from four layers, each overriding the one before: defaults,
 * an optional properties file ({@code --config}), environment variables ({@code PLUGBOARD_*}),
 * then command-line flags. Every key is checked and every problem reported together.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key (file, flag)</th><th>environment</th><th>default</th></tr>
 *   <tr><td>host</td><td>PLUGBOARD_HOST</td><td>127.0.0.1</td></tr>
 *   <tr><td>port</td><td>PLUGBOARD_PORT</td><td>8080</td></tr>
 *   <tr><td>data-dir</td><td>PLUGBOARD_DATA_DIR</td><td>./data</td></tr>
 *   <tr><td>db-url</td><td>PLUGBOARD_DB_URL</td><td>jdbc:sqlite:&lt;data-dir&gt;/plugboard.db</td></tr>
 *   <tr><td>db-user</td><td>PLUGBOARD_DB_USER</td><td>none</td></tr>
 *   <tr><td>db-password</td><td>PLUGBOARD_DB_PASSWORD</td><td>none</td></tr>
 *   <tr><td>signing-key</td><td>PLUGBOARD_SIGNING_KEY</td><td>generated once, kept in the database</td></tr>
 *   <tr><td>health-online-at, health-offline-below, health-margin</td><td>PLUGBOARD_HEALTH_…</td><td>90, 50, 5</td></tr>
 *   <tr><td>health-minimum-sample</td><td>PLUGBOARD_HEALTH_MINIMUM_SAMPLE</td><td>20</td></tr>
 *   <tr><td>health-refresh-seconds</td><td>PLUGBOARD_HEALTH_REFRESH_SECONDS</td><td>2</td></tr>
 *   <tr><td>executions-retention-days, aggregates-retention-days</td><td>PLUGBOARD_…</td><td>30, 90</td></tr>
 *   <tr><td>webhooks-allow-http-loopback</td><td>PLUGBOARD_WEBHOOKS_ALLOW_HTTP_LOOPBACK</td><td>false</td></tr>
 *   <tr><td>rate-limit-auth-per-minute</td><td>PLUGBOARD_RATE_LIMIT_AUTH_PER_MINUTE</td><td>360 (0 is off)</td></tr>
 *   <tr><td>rate-limit-address-per-minute</td><td>PLUGBOARD_RATE_LIMIT_ADDRESS_PER_MINUTE</td><td>12000 (0 is off)</td></tr>
 *   <tr><td>rate-limit-credential-per-minute</td><td>PLUGBOARD_RATE_LIMIT_CREDENTIAL_PER_MINUTE</td><td>6000 (0 is off)</td></tr>
 *   <tr><td>max-in-flight</td><td>PLUGBOARD_MAX_IN_FLIGHT</td><td>128 per core (0 is off)</td></tr>
 *   <tr><td>max-queued-work</td><td>PLUGBOARD_MAX_QUEUED_WORK</td><td>32 per core (0 is off)</td></tr>
 *   <tr><td>trusted-proxies</td><td>PLUGBOARD_TRUSTED_PROXIES</td><td>none</td></tr>
 *   <tr><td>header-timeout-seconds, idle-timeout-seconds</td><td>PLUGBOARD_…</td><td>10, 60</td></tr>
 *   <tr><td>tls-cert, tls-key</td><td>PLUGBOARD_TLS_CERT, PLUGBOARD_TLS_KEY</td><td>none: plain HTTP</td></tr>
 *   <tr><td>cors-allowed-origins</td><td>PLUGBOARD_CORS_ALLOWED_ORIGINS</td><td>none</td></tr>
 *   <tr><td>metrics-port</td><td>PLUGBOARD_METRICS_PORT</td><td>none: no metrics listener</td></tr>
 *   <tr><td>metrics-host</td><td>PLUGBOARD_METRICS_HOST</td><td>127.0.0.1</td></tr>
 *   <tr><td>shutdown-grace-seconds</td><td>PLUGBOARD_SHUTDOWN_GRACE_SECONDS</td><td>10</td></tr>
 * </table>
 */
public final class ConfigLoader {
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    static final List<String> KEYS = List.of(
            "host",
            "port",
            "data-dir",
            "db-url",
            "db-user",
            "db-password",
            "signing-key",
            "health-online-at",
            "health-offline-below",
            "health-margin",
            "health-minimum-sample",
            "health-refresh-seconds",
            "executions-retention-days",
            "aggregates-retention-days",
            "webhooks-allow-http-loopback",
            "rate-limit-auth-per-minute",
            "rate-limit-address-per-minute",
            "rate-limit-credential-per-minute",
            "max-in-flight",
            "max-queued-work",
            "trusted-proxies",
            "header-timeout-seconds",
            "idle-timeout-seconds",
            "tls-cert",
            "tls-key",
            "cors-allowed-origins",
            "metrics-port",
            "metrics-host",
            "shutdown-grace-seconds");
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("host", "127.0.0.1"),
            Map.entry("port", "8080"),
            Map.entry("data-dir", "data"),
            Map.entry("health-online-at", "90"),
            Map.entry("health-offline-below", "50"),
            Map.entry("health-margin", "5"),
            Map.entry("health-minimum-sample", "20"),
            Map.entry("health-refresh-seconds", "2"),
            Map.entry("executions-retention-days", "30"),
            Map.entry("aggregates-retention-days", "90"),
            Map.entry("webhooks-allow-http-loopback", "false"),
            Map.entry("rate-limit-auth-per-minute", String.valueOf(LimitSettings.DEFAULT_AUTH_PER_MINUTE)),
            Map.entry("rate-limit-address-per-minute", String.valueOf(LimitSettings.DEFAULT_ADDRESS_PER_MINUTE)),
            Map.entry("rate-limit-credential-per-minute", String.valueOf(LimitSettings.DEFAULT_CREDENTIAL_PER_MINUTE)),
            Map.entry("max-in-flight", String.valueOf(LimitSettings.defaultMaxInFlight(CORES))),
            Map.entry("max-queued-work", String.valueOf(LimitSettings.defaultMaxQueuedWork(CORES))),
            Map.entry("trusted-proxies", ""),
            Map.entry("header-timeout-seconds", "10"),
            Map.entry("idle-timeout-seconds", "60"),
            Map.entry("metrics-host", "127.0.0.1"),
            Map.entry("shutdown-grace-seconds", "10"));

    private ConfigLoader() {}

    /**
     * @param configFile a properties file, if one was named
     * @param environment the process environment (only {@code PLUGBOARD_*} is read)
     * @param flags values given on the command line, by key
     */
    public static PlugboardConfig load(
            Optional<Path> configFile, Map<String, String> environment, Map<String, String> flags) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new HashMap<>(DEFAULTS);
        configFile.ifPresent(file -> values.putAll(readFile(file, problems)));
        for (String key : KEYS) {
            String env = environment.get(
                    "PLUGBOARD_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            if (env != null && !env.isBlank()) {
                values.put(key, env.strip());
            }
        }
        flags.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        PlugboardConfig config = build(values, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return config;
    }

    private static Map<String, String> readFile(Path file, List<String> problems) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            problems.add("The configuration file " + file + " cannot be read: " + e.getMessage() + ".");
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!KEYS.contains(name)) {
                problems.add("The configuration file " + file + " has an unknown key '" + name + "'; known keys are "
                        + String.join(", ", KEYS) + ".");
            } else {
                values.put(name, properties.getProperty(name).strip());
            }
        }
        return values;
    }

    private static PlugboardConfig build(Map<String, String> values, List<String> problems) {
        String host = values.get("host");
        if (host.isBlank()) {
            problems.add("host must not be empty; use 127.0.0.1 for this machine only or 0.0.0.0 for every interface.");
        }
        int port = port(values.get("port"), problems);
        Path dataDir = dataDir(values.get("data-dir"), problems);
        Optional<String> dbUrl = Optional.ofNullable(values.get("db-url")).filter(v -> !v.isBlank());
        dbUrl.ifPresent(url -> {
            try {
                Dialect.of(url);
            } catch (IllegalArgumentException e) {
                problems.add("db-url must start with jdbc:sqlite: or jdbc:postgresql:, got '" + url + "'.");
            }
        });
        Optional<Secret> signingKey = Optional.ofNullable(values.get("signing-key"))
                .filter(v -> !v.isBlank())
                .map(Secret::of);
        signingKey.ifPresent(key -> SigningKeyStore.check(key).ifPresent(problems::add));
        return new PlugboardConfig(
                host,
                port,
                dataDir,
                dbUrl,
                Optional.ofNullable(values.get("db-user")).filter(v -> !v.isBlank()),
                Optional.ofNullable(values.get("db-password"))
                        .filter(v -> !v.isEmpty())
                        .map(Secret::of),
                signingKey,
                health(values, problems),
                new WebhookSettings(flag(values, "webhooks-allow-http-loopback", problems)),
                limits(values, problems),
                new ConnectionTimeouts(
                        Duration.ofSeconds(whole(values, "header-timeout-seconds", 1, 3600, problems)),
                        Duration.ofSeconds(whole(values, "idle-timeout-seconds", 1, 3600, problems))),
                ServingConfig.read(values, port, problems));
    }

    private static LimitSettings limits(Map<String, String> values, List<String> problems) {
        int auth = whole(values, "rate-limit-auth-per-minute", 0, 10_000_000, problems);
        int address = whole(values, "rate-limit-address-per-minute", 0, 10_000_000, problems);
        int credential = whole(values, "rate-limit-credential-per-minute", 0, 10_000_000, problems);
        int inFlight = whole(values, "max-in-flight", 0, 1_000_000, problems);
        int queuedWork = whole(values, "max-queued-work", 0, 1_000_000, problems);
        List<String> proxyProblems = TrustedProxies.problems(values.get("trusted-proxies"));
        proxyProblems.forEach(problem -> problems.add("trusted-proxies: " + problem + "."));
        TrustedProxies proxies =
                proxyProblems.isEmpty() ? TrustedProxies.parse(values.get("trusted-proxies")) : TrustedProxies.NONE;
        return new LimitSettings(auth, address, credential, inFlight, queuedWork, proxies);
    }

    private static HealthSettings health(Map<String, String> values, List<String> problems) {
        double onlineAt = decimal(values, "health-online-at", problems);
        double offlineBelow = decimal(values, "health-offline-below", problems);
        double margin = decimal(values, "health-margin", problems);
        int minimumSample = whole(values, "health-minimum-sample", 0, 1_000_000, problems);
        int refresh = whole(values, "health-refresh-seconds", 1, 60, problems);
        int executionsDays = whole(values, "executions-retention-days", 1, 3650, problems);
        int aggregatesDays = whole(values, "aggregates-retention-days", 1, 3650, problems);
        List<String> policyProblems = HealthPolicy.problems(onlineAt, offlineBelow, margin, minimumSample);
        policyProblems.forEach(problem -> problems.add("health thresholds are inconsistent: " + problem + "."));
        if (!problems.isEmpty()) {
            return HealthSettings.DEFAULT;
        }
        return new HealthSettings(
                new HealthPolicy(onlineAt, offlineBelow, margin, minimumSample),
                Duration.ofSeconds(refresh),
                Duration.ofDays(executionsDays),
                Duration.ofDays(aggregatesDays));
    }

    private static double decimal(Map<String, String> values, String key, List<String> problems) {
        try {
            double value = Double.parseDouble(values.get(key));
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " must be a number from 0 to 100, got '" + values.get(key) + "'.");
        return 0;
    }

    private static int whole(Map<String, String> values, String key, int min, int max, List<String> problems) {
        try {
            int value = Integer.parseInt(values.get(key));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " must be a whole number from " + min + " to " + max + ", got '" + values.get(key) + "'.");
        return min;
    }

    private static boolean flag(Map<String, String> values, String key, List<String> problems) {
        String text = values.get(key).strip().toLowerCase(java.util.Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(key + " must be true or false, got '" + values.get(key) + "'.");
        }
        return text.equals("true");
    }

    private static int port(String text, List<String> problems) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("port must be a whole number from 0 to 65535 (0 picks a free port), got '" + text + "'.");
        return 0;
    }

    private static Path dataDir(String text, List<String> problems) {
        try {
            Path dir = Path.of(text);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                problems.add("data-dir must be a directory, but " + dir.toAbsolutePath() + " is a file.");
            }
            return dir;
        } catch (InvalidPathException e) {
            problems.add("data-dir is not a valid path: '" + text + "'.");
            return Path.of(".");
        }
    }
}
