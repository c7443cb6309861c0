package dev.plugboard.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that touches the data shares: where the configuration and data are. */
final class ConfigOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A properties file with any of the keys "
                    + "host, port, data-dir, db-url, db-user, db-password, signing-key, health-online-at,"
                    + " health-offline-below, health-margin, health-minimum-sample, health-refresh-seconds,"
                    + " executions-retention-days, aggregates-retention-days, webhooks-allow-http-loopback,"
                    + " rate-limit-auth-per-minute, rate-limit-address-per-minute, rate-limit-credential-per-minute,"
                    + " max-in-flight, max-queued-work, trusted-proxies,"
                    + " header-timeout-seconds, idle-timeout-seconds,"
                    + " tls-cert, tls-key, cors-allowed-origins, metrics-port, metrics-host, shutdown-grace-seconds"
                    + " (each also PLUGBOARD_<KEY> in the environment; see the README's Configuration).")
    Path configFile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the SQLite database and the signing key "
                    + "are kept (default ./data; env PLUGBOARD_DATA_DIR).")
    String dataDir;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            description = "A database other than the embedded SQLite "
                    + "file, e.g. jdbc:postgresql://db:5432/plugboard (env PLUGBOARD_DB_URL; user and password from "
                    + "PLUGBOARD_DB_USER and PLUGBOARD_DB_PASSWORD).")
    String dbUrl;

    PlugboardConfig load(Map<String, String> environment, Map<String, String> moreFlags) {
        Map<String, String> flags = new HashMap<>(moreFlags);
        flags.put("data-dir", dataDir);
        flags.put("db-url", dbUrl);
        return ConfigLoader.load(Optional.ofNullable(configFile), environment, flags);
    }
}
