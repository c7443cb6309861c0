package dev.plugboard.client.internal;

import dev.plugboard.client.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends calls over one shared {@link HttpClient}. Every attempt has a deadline for the whole
 * exchange, body included, so a server that trickles a body cannot hold a caller forever.
 * Idempotent calls are retried on connection failures, on 5xx and on 429, waiting a capped,
 * jittered exponential backoff, or the {@code Retry-After} the server asked for when it is not
 * longer than the configured maximum. What is left after the retries is returned (an error answer)
 * or thrown (a {@link TransportException}).
 */
public final class Transport implements AutoCloseable {
    private static final String USER_AGENT = "plugboard-java-client";

    private final HttpClient http;
    private final ClientSettings settings;
    private final Backoff backoff;

    public Transport(ClientSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeouts().connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ClientSettings.Retries retries = settings.retries();
        this.backoff = new Backoff(
                retries.initialBackoff(),
                retries.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The answer to {@code call}, after the retries it is allowed. */
    public Response exchange(Call call) {
        for (int retry = 0; ; retry++) {
            Attempt attempt = attempt(call);
            Optional<Duration> wait = waitBeforeRetry(call, attempt, retry);
            if (wait.isEmpty()) {
                return attempt.responseOrThrow();
            }
            sleep(call, wait.get());
        }
    }

    private Optional<Duration> waitBeforeRetry(Call call, Attempt attempt, int retry) {
        if (!call.idempotent() || retry >= settings.retries().maxRetries()) {
            return Optional.empty();
        }
        if (attempt.failure() != null) {
            return Optional.of(backoff.delay(retry));
        }
        int status = attempt.response().status();
        if (status != 429 && status < 500) {
            return Optional.empty();
        }
        Optional<Duration> asked = RetryAfter.parse(attempt.response().header(RetryAfter.HEADER), settings.clock());
        if (asked.isPresent()) {
            boolean tooLong = asked.get().compareTo(settings.retries().maxRetryAfter()) > 0;
            return tooLong ? Optional.empty() : asked;
        }
        return Optional.of(backoff.delay(retry));
    }

    private Attempt attempt(Call call) {
        CompletableFuture<HttpResponse<String>> future =
                http.sendAsync(request(call), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Duration deadline = settings.timeouts().request();
        try {
            HttpResponse<String> answer = future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new Attempt(new Response(answer.statusCode(), answer.headers(), answer.body()), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Attempt(
                    null, new TransportException(call.describe() + " got no complete answer within " + deadline, e));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                return new Attempt(null, new TransportException(call.describe() + " failed: " + cause, cause));
            }
            throw new TransportException(call.describe() + " failed unexpectedly: " + cause, cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException(call.describe() + " was interrupted", e);
        }
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call))
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        call.apiKey().ifPresent(key -> request.header("X-API-KEY", key));
        if (call.body().isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(
                            call.method(),
                            HttpRequest.BodyPublishers.ofString(call.body().get(), StandardCharsets.UTF_8));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    private URI uri(Call call) {
        return URI.create(settings.baseUri() + call.pathAndQuery());
    }

    private static void sleep(Call call, Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(call.describe() + " was interrupted while waiting to retry", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** One try: the answer, or the failure that stood in for it. */
    private record Attempt(Response response, TransportException failure) {
        Response responseOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return response;
        }
    }
}
