package dev.plugboard.client;

import dev.plugboard.client.internal.ClientSettings;
import dev.plugboard.client.internal.Jwt;
import dev.plugboard.client.internal.Session;
import dev.plugboard.client.internal.WireWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Configures a {@link PlugboardClient}; get one from {@link PlugboardClient#builder()}. Not
 * thread-safe (the client it builds is). Every setting is checked when set, and the combination
 * when {@link #build()} is called; messages name the bad value (never a secret).
 */
public final class PlugboardClientBuilder {
    /** Pluggy's API. */
    public static final URI PLUGGY = URI.create("https://api.pluggy.ai");

    private URI baseUri = PLUGGY;
    private Optional<String> clientId = Optional.empty();
    private Optional<String> clientSecret = Optional.empty();
    private Optional<String> apiKey = Optional.empty();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration refreshMargin = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();

    PlugboardClientBuilder() {}

    /** The API's root: {@code https://api.pluggy.ai} (the default) or a Plugboard's address. */
    public PlugboardClientBuilder baseUri(String baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        URI parsed;
        try {
            parsed = URI.create(baseUri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUri must be an http or https URI, got '" + baseUri + "'", e);
        }
        return baseUri(parsed);
    }

    public PlugboardClientBuilder baseUri(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = baseUri.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme))
                || baseUri.getHost() == null
                || baseUri.getRawQuery() != null
                || baseUri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "baseUri must be an http or https URI with a host and no query, got '" + baseUri + "'");
        }
        String text = baseUri.toString();
        this.baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        return this;
    }

    /** Your application's {@code clientId}; set with {@link #clientSecret}. */
    public PlugboardClientBuilder clientId(String clientId) {
        this.clientId = Optional.of(nonBlank("clientId", clientId, true));
        return this;
    }

    /** Your application's {@code clientSecret}; set with {@link #clientId}. */
    public PlugboardClientBuilder clientSecret(String clientSecret) {
        this.clientSecret = Optional.of(nonBlank("clientSecret", clientSecret, false));
        return this;
    }

    /**
     * A key to send as it is: an API key obtained elsewhere, or a connect token. With client keys
     * too, the client starts with it and replaces it when it expires or is rejected.
     */
    public PlugboardClientBuilder apiKey(String apiKey) {
        this.apiKey = Optional.of(nonBlank("apiKey", apiKey, false));
        return this;
    }

    /** How long to wait for a connection (default 10 s). */
    public PlugboardClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive("connectTimeout", connectTimeout);
        return this;
    }

    /** How long one attempt may take, body included (default 30 s). */
    public PlugboardClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = positive("requestTimeout", requestTimeout);
        return this;
    }

    /** Retries of an idempotent call after the first attempt, 0 to 10 (default 2). */
    public PlugboardClientBuilder maxRetries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be from 0 to 10, got " + maxRetries);
        }
        this.maxRetries = maxRetries;
        return this;
    }

    /** The first backoff and the cap it doubles up to (default 200 ms and 5 s); jitter halves at most. */
    public PlugboardClientBuilder retryBackoff(Duration initial, Duration max) {
        positive("initial backoff", initial);
        positive("max backoff", max);
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "the max backoff must not be shorter than the initial one, got " + max + " < " + initial);
        }
        this.initialBackoff = initial;
        this.maxBackoff = max;
        return this;
    }

    /**
     * The longest {@code Retry-After} the client waits out before retrying (default 60 s); a longer
     * one ends the call at once with a {@link RateLimitedException} that says how long.
     */
    public PlugboardClientBuilder maxRetryAfter(Duration maxRetryAfter) {
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative, got " + maxRetryAfter);
        }
        this.maxRetryAfter = maxRetryAfter;
        return this;
    }

    /** How long before its {@code exp} an API key is renewed (default 5 minutes). */
    public PlugboardClientBuilder apiKeyRefreshMargin(Duration refreshMargin) {
        Objects.requireNonNull(refreshMargin, "apiKeyRefreshMargin");
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("apiKeyRefreshMargin must not be negative, got " + refreshMargin);
        }
        this.refreshMargin = refreshMargin;
        return this;
    }

    /** The clock for key expiry and {@code Retry-After} dates (default the system's, UTC). */
    public PlugboardClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** A client with these settings; the builder may be changed and used again afterwards. */
    public PlugboardClient build() {
        if (clientId.isPresent() != clientSecret.isPresent()) {
            throw new IllegalStateException("set clientId and clientSecret together; only "
                    + (clientId.isPresent() ? "clientId" : "clientSecret") + " is set");
        }
        if (clientId.isEmpty() && apiKey.isEmpty()) {
            throw new IllegalStateException("set clientId and clientSecret, or an apiKey");
        }
        ClientSettings settings = new ClientSettings(
                baseUri,
                new ClientSettings.Timeouts(connectTimeout, requestTimeout),
                new ClientSettings.Retries(maxRetries, initialBackoff, maxBackoff, maxRetryAfter),
                clock);
        Optional<String> authBody = clientId.map(id -> WireWriter.authBody(id, clientSecret.orElseThrow()));
        Optional<ApiKey> given = apiKey.map(key -> new ApiKey(key, Jwt.expiry(key)));
        String description = "PlugboardClient[baseUri=" + baseUri
                + clientId.map(id -> ", clientId=" + id).orElse("") + "]";
        return new PlugboardClient(new Session(settings, given, authBody, refreshMargin), description);
    }

    private static String nonBlank(String field, String value, boolean showValue) {
        if (value == null || value.isBlank()) {
            String shown = value == null ? "null" : showValue ? "'" + value + "'" : "a blank value";
            throw new IllegalArgumentException(field + " must not be blank, got " + shown);
        }
        return value;
    }

    private static Duration positive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
        return value;
    }
}
