package dev.plugboard.client;

import static dev.plugboard.client.ScriptedServer.delayed;
import static dev.plugboard.client.ScriptedServer.json;
import static dev.plugboard.client.ScriptedServer.reset;
import static dev.plugboard.client.ScriptedServer.slowBody;
import static dev.plugboard.client.ScriptedServer.truncated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the real server will not do on demand: rate limits, 503 storms, resets, truncated and slow
 * bodies. Idempotent calls survive them within their retries; the rest fail with the exception
 * that says what happened.
 */
class ResilienceTest {
    final ScriptedServer server = ScriptedServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private PlugboardClientBuilder builder() {
        return PlugboardClient.builder()
                .baseUri(server.uri())
                .apiKey("key-1")
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(4))
                .requestTimeout(Duration.ofSeconds(5));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void a_429_is_retried_after_the_retry_after_the_server_asked_for() {
        server.then(json(429, Answers.TOO_MANY_REQUESTS, "Retry-After", "1"), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = builder().build()) {
            long start = System.nanoTime();

            Connector connector = client.connectorRetrieve(2);

            assertThat(connector.id()).isEqualTo(2);
            assertThat(millisSince(start)).isBetween(1000L, 4000L);
        }
        assertThat(server.targets()).containsExactly("GET /connectors/2", "GET /connectors/2");
    }

    @Test
    void a_retry_after_given_as_an_http_date_is_honoured() {
        MutableClock clock = new MutableClock(Answers.NOW);
        String inOneSecond = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Answers.NOW.plusSeconds(1), ZoneOffset.UTC));
        server.then(json(429, Answers.TOO_MANY_REQUESTS, "Retry-After", inOneSecond), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = builder().clock(clock).build()) {
            long start = System.nanoTime();

            client.connectorRetrieve(2);

            assertThat(millisSince(start)).isBetween(1000L, 4000L);
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a_retry_after_longer_than_the_client_waits_ends_the_call_at_once() {
        server.then(json(429, Answers.TOO_MANY_REQUESTS, "Retry-After", "120", "X-Request-Id", "req-429"));
        try (PlugboardClient client =
                builder().maxRetryAfter(Duration.ofSeconds(60)).build()) {
            RateLimitedException e =
                    catchThrowableOfType(RateLimitedException.class, () -> client.connectorRetrieve(2));

            assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.requestId()).contains("req-429");
            assertThat(e.getMessage())
                    .isEqualTo("GET /connectors/2 answered 429: Too many requests. Please try again later"
                            + " (see Retry-After header in seconds) (request id req-429)");
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_429_that_lasts_longer_than_the_retries_is_a_rate_limited_exception() {
        server.otherwise(request -> json(429, Answers.TOO_MANY_REQUESTS));
        try (PlugboardClient client = builder().maxRetries(3).build()) {
            RateLimitedException e =
                    catchThrowableOfType(RateLimitedException.class, () -> client.connectorsList(ConnectorQuery.all()));

            assertThat(e.retryAfter()).isEmpty();
            assertThat(e.code()).hasValue(429);
        }
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void a_503_storm_that_ends_within_the_retries_is_survived() {
        server.then(json(503, Answers.UNAVAILABLE), json(503, Answers.UNAVAILABLE), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = builder().maxRetries(2).build()) {
            assertThat(client.connectorRetrieve(2)).isEqualTo(Answers.pluggyBank());
        }
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void a_503_storm_outlasting_the_retries_is_a_server_error_after_exactly_one_plus_max_retries_attempts() {
        server.otherwise(request -> json(503, Answers.UNAVAILABLE, "X-Request-Id", "storm"));
        try (PlugboardClient client = builder().maxRetries(4).build()) {
            ServerErrorException e =
                    catchThrowableOfType(ServerErrorException.class, () -> client.connectorRetrieve(2));

            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.serverMessage()).contains("Service Unavailable");
            assertThat(e.requestId()).contains("storm");
        }
        assertThat(server.requests()).hasSize(5);
    }

    @Test
    void a_503_storm_is_waited_out_with_capped_backoff() {
        server.otherwise(request -> json(503, Answers.UNAVAILABLE));
        try (PlugboardClient client = builder()
                .maxRetries(6)
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(40))
                .build()) {
            long start = System.nanoTime();

            catchThrowableOfType(ServerErrorException.class, () -> client.connectorRetrieve(2));

            // ceilings 10, 20, 40, 40, 40, 40 ms; each wait is half its ceiling to the ceiling
            assertThat(millisSince(start)).isBetween(95L, 2000L);
        }
        assertThat(server.requests()).hasSize(7);
    }

    @Test
    void a_non_idempotent_call_is_not_retried() {
        server.otherwise(request -> json(503, Answers.UNAVAILABLE));
        try (PlugboardClient client = builder().build()) {
            catchThrowableOfType(ServerErrorException.class, client::createConnectToken);
        }
        assertThat(server.targets()).containsExactly("POST /connect_token");
    }

    @Test
    void a_reset_connection_is_retried() {
        server.then(reset(), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = builder().build()) {
            assertThat(client.connectorRetrieve(2).name()).isEqualTo("Pluggy Bank");
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void connections_reset_every_time_are_a_transport_exception_with_no_status() {
        server.otherwise(request -> reset());
        try (PlugboardClient client = builder().maxRetries(2).build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> client.connectorRetrieve(2));

            assertThat(e.statusCode()).isZero();
            assertThat(e.code()).isEmpty();
            assertThat(e.requestId()).isEmpty();
            assertThat(e.getMessage()).startsWith("GET /connectors/2 failed: java.");
        }
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void a_truncated_body_is_retried() {
        server.then(truncated(200, Answers.PLUGGY_BANK, 100), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = builder().build()) {
            assertThat(client.connectorRetrieve(2)).isEqualTo(Answers.pluggyBank());
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void bodies_truncated_every_time_are_a_transport_exception() {
        server.otherwise(request -> truncated(200, Answers.PLUGGY_BANK, 100));
        try (PlugboardClient client = builder().maxRetries(1).build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> client.connectorRetrieve(2));

            assertThat(e.getMessage()).startsWith("GET /connectors/2 failed: ");
            assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a_slow_body_within_the_request_timeout_is_read_whole() {
        server.then(slowBody(Answers.PLUGGY_BANK, Duration.ofMillis(300)));
        try (PlugboardClient client =
                builder().requestTimeout(Duration.ofSeconds(3)).build()) {
            assertThat(client.connectorRetrieve(2)).isEqualTo(Answers.pluggyBank());
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_body_slower_than_the_request_timeout_is_abandoned_and_retried() {
        server.then(slowBody(Answers.PLUGGY_BANK, Duration.ofSeconds(5)), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client =
                builder().requestTimeout(Duration.ofMillis(400)).build()) {
            long start = System.nanoTime();

            assertThat(client.connectorRetrieve(2).id()).isEqualTo(2);
            assertThat(millisSince(start)).isBetween(400L, 3000L);
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void an_answer_slower_than_the_request_timeout_every_time_is_a_transport_exception_naming_the_timeout() {
        server.otherwise(request -> delayed(Duration.ofSeconds(5), json(200, Answers.PLUGGY_BANK)));
        try (PlugboardClient client =
                builder().maxRetries(1).requestTimeout(Duration.ofMillis(300)).build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> client.connectorRetrieve(2));

            assertThat(e.getMessage()).isEqualTo("GET /connectors/2 got no complete answer within PT0.3S");
            assertThat(e.getCause()).isInstanceOf(TimeoutException.class);
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void an_unreachable_server_is_a_transport_exception_after_the_retries() {
        java.net.URI closed = server.uri();
        server.close();
        try (PlugboardClient client = PlugboardClient.builder()
                .baseUri(closed)
                .apiKey("key-1")
                .maxRetries(1)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .build()) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> client.connectorRetrieve(2));

            assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
        }
    }
}
