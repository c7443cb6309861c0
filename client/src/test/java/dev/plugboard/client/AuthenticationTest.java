package dev.plugboard.client;

import static dev.plugboard.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client keys buy API keys: on first use, before a key's {@code exp}, and once after a 403. */
class AuthenticationTest {
    static final Instant IN_TWO_HOURS = Answers.NOW.plus(Duration.ofHours(2));
    static final String FIRST = Answers.jwt("first", IN_TWO_HOURS);
    static final String SECOND = Answers.jwt("second", IN_TWO_HOURS.plus(Duration.ofHours(2)));

    final ScriptedServer server = ScriptedServer.start();
    final MutableClock clock = new MutableClock(Answers.NOW);

    @AfterEach
    void stop() {
        server.close();
    }

    private PlugboardClientBuilder withClientKeys() {
        return PlugboardClient.builder()
                .baseUri(server.uri())
                .clientId(Answers.CLIENT_ID)
                .clientSecret(Answers.CLIENT_SECRET)
                .clock(clock)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
    }

    private List<String> keysSent() {
        return server.requests().stream()
                .map(request -> request.header("X-API-KEY").orElse("-"))
                .toList();
    }

    @Test
    void the_first_call_authenticates_with_the_client_keys_and_later_calls_reuse_the_key() {
        server.then(
                json(200, Answers.apiKeyAnswer(FIRST)), json(200, Answers.PLUGGY_BANK), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = withClientKeys().build()) {
            client.connectorRetrieve(2);
            client.connectorRetrieve(2);
        }

        assertThat(server.targets()).containsExactly("POST /auth", "GET /connectors/2", "GET /connectors/2");
        ScriptedServer.Request auth = server.requests().get(0);
        assertThat(auth.body())
                .isEqualTo("{\"clientId\":\"" + Answers.CLIENT_ID + "\",\"clientSecret\":\"" + Answers.CLIENT_SECRET
                        + "\"}");
        assertThat(auth.header("Content-Type")).contains("application/json");
        assertThat(keysSent()).containsExactly("-", FIRST, FIRST);
    }

    @Test
    void a_key_is_renewed_before_its_exp_within_the_refresh_margin() {
        server.then(
                json(200, Answers.apiKeyAnswer(FIRST)),
                json(200, Answers.PLUGGY_BANK),
                json(200, Answers.PLUGGY_BANK),
                json(200, Answers.apiKeyAnswer(SECOND)),
                json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client =
                withClientKeys().apiKeyRefreshMargin(Duration.ofMinutes(5)).build()) {
            client.connectorRetrieve(2);
            clock.advance(Duration.ofMinutes(114)); // six minutes before exp: still fresh
            client.connectorRetrieve(2);
            clock.advance(Duration.ofMinutes(2)); // four minutes before exp: within the margin
            client.connectorRetrieve(2);
        }

        assertThat(server.targets())
                .containsExactly(
                        "POST /auth", "GET /connectors/2", "GET /connectors/2", "POST /auth", "GET /connectors/2");
        assertThat(keysSent()).containsExactly("-", FIRST, FIRST, "-", SECOND);
    }

    @Test
    void a_rejected_key_is_renewed_once_and_the_call_sent_again() {
        server.then(
                json(200, Answers.apiKeyAnswer(FIRST)),
                json(403, Answers.NOT_AUTHENTICATED),
                json(200, Answers.apiKeyAnswer(SECOND)),
                json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = withClientKeys().build()) {
            assertThat(client.connectorRetrieve(2).id()).isEqualTo(2);
        }

        assertThat(server.targets())
                .containsExactly("POST /auth", "GET /connectors/2", "POST /auth", "GET /connectors/2");
        assertThat(keysSent()).containsExactly("-", FIRST, "-", SECOND);
    }

    @Test
    void a_key_rejected_again_after_renewal_is_an_authentication_exception() {
        server.then(
                json(200, Answers.apiKeyAnswer(FIRST)),
                json(403, Answers.NOT_AUTHENTICATED),
                json(200, Answers.apiKeyAnswer(SECOND)),
                json(403, Answers.NOT_AUTHENTICATED, "X-Request-Id", "req-403"));
        try (PlugboardClient client = withClientKeys().build()) {
            AuthenticationException e =
                    catchThrowableOfType(AuthenticationException.class, () -> client.connectorRetrieve(2));

            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.code()).hasValue(403);
            assertThat(e.codeDescription()).isEmpty();
            assertThat(e.getMessage())
                    .isEqualTo(
                            "GET /connectors/2 answered 403: Missing or invalid authorization token (request id req-403)");
        }
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void a_given_key_without_client_keys_is_sent_as_it_is_and_a_403_is_final() {
        server.then(json(403, Answers.NOT_AUTHENTICATED));
        try (PlugboardClient client =
                PlugboardClient.builder().baseUri(server.uri()).apiKey("stale").build()) {
            catchThrowableOfType(AuthenticationException.class, () -> client.connectorRetrieve(2));
        }

        assertThat(server.targets()).containsExactly("GET /connectors/2");
        assertThat(keysSent()).containsExactly("stale");
    }

    @Test
    void a_given_key_with_client_keys_is_used_first_and_replaced_when_rejected() {
        server.then(
                json(403, Answers.NOT_AUTHENTICATED),
                json(200, Answers.apiKeyAnswer(SECOND)),
                json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = withClientKeys().apiKey("stale").build()) {
            client.connectorRetrieve(2);
        }

        assertThat(keysSent()).containsExactly("stale", "-", SECOND);
    }

    @Test
    void wrong_client_keys_are_an_authentication_exception_with_pluggys_code() {
        server.then(json(401, Answers.CLIENT_KEYS_UNAUTHORIZED, "X-Request-Id", "req-401"));
        try (PlugboardClient client = withClientKeys().build()) {
            AuthenticationException e =
                    catchThrowableOfType(AuthenticationException.class, () -> client.connectorRetrieve(2));

            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.codeDescription()).contains("CLIENT_KEYS_UNAUTHORIZED");
            assertThat(e.getMessage())
                    .isEqualTo("POST /auth answered 401 CLIENT_KEYS_UNAUTHORIZED: Client keys are invalid"
                            + " (request id req-401)");
            assertThat(e.getMessage()).doesNotContain(Answers.CLIENT_SECRET);
        }
        assertThat(server.targets()).containsExactly("POST /auth");
    }

    @Test
    void authenticate_gets_a_new_key_now_and_shows_only_its_expiry() {
        server.then(json(200, Answers.apiKeyAnswer(FIRST)), json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = withClientKeys().build()) {
            ApiKey key = client.authenticate();
            client.connectorRetrieve(2);

            assertThat(key).isEqualTo(new ApiKey(FIRST, Optional.of(IN_TWO_HOURS)));
            assertThat(key.toString()).isEqualTo("ApiKey[***, expiresAt=2026-01-15T14:00:00Z]");
        }
        assertThat(keysSent()).containsExactly("-", FIRST);
    }

    @Test
    void authenticate_without_client_keys_says_what_is_missing() {
        try (PlugboardClient client =
                PlugboardClient.builder().baseUri(server.uri()).apiKey("k").build()) {
            assertThatThrownBy(client::authenticate)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                            "authenticate() needs clientId and clientSecret; this client was built with an apiKey only");
        }
    }

    @Test
    void a_key_without_an_exp_is_kept_until_it_is_rejected() {
        server.then(
                json(200, Answers.apiKeyAnswer("opaque-key")),
                json(200, Answers.PLUGGY_BANK),
                json(200, Answers.PLUGGY_BANK));
        try (PlugboardClient client = withClientKeys().build()) {
            client.connectorRetrieve(2);
            clock.advance(Duration.ofDays(30));
            client.connectorRetrieve(2);
        }
        assertThat(keysSent()).containsExactly("-", "opaque-key", "opaque-key");
    }

    @Test
    void threads_sharing_a_client_wait_for_one_authentication() throws Exception {
        AtomicInteger authentications = new AtomicInteger();
        server.otherwise(request -> {
            if (request.target().equals("/auth")) {
                authentications.incrementAndGet();
                return ScriptedServer.delayed(Duration.ofMillis(200), json(200, Answers.apiKeyAnswer(FIRST)));
            }
            return json(200, Answers.PLUGGY_BANK);
        });
        try (PlugboardClient client = withClientKeys().build();
                ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Connector>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> client.connectorRetrieve(2)));
            }
            for (Future<Connector> call : calls) {
                assertThat(call.get().id()).isEqualTo(2);
            }
        }
        assertThat(authentications).hasValue(1);
        assertThat(keysSent().stream().filter(FIRST::equals).count()).isEqualTo(8);
    }
}
