package dev.plugboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.Authentication.Outcome;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationsTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Authentication INVALID = new Authentication(Outcome.INVALID_KEYS, Optional.empty());

    private final InMemoryApplicationRepository repository = new InMemoryApplicationRepository();
    private final Applications applications =
            new Applications(repository, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());

    @Test
    void create_returns_an_enabled_application_named_and_dated() {
        NewApplication created = applications.create("  Acme Finance  ");

        Application application = created.application();
        assertThat(application.name()).isEqualTo("Acme Finance");
        assertThat(application.enabled()).isTrue();
        assertThat(application.createdAt()).isEqualTo(NOW);
        assertThat(applications.list()).containsExactly(application);
        assertThat(applications.find(application.clientId())).contains(application);
    }

    @Test
    void create_returns_a_43_character_base64url_secret() {
        Secret secret = applications.create("Acme").clientSecret();

        assertThat(secret.reveal()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void create_gives_each_application_its_own_id_and_secret() {
        NewApplication first = applications.create("Acme");
        NewApplication second = applications.create("Acme");

        assertThat(first.application().clientId())
                .isNotEqualTo(second.application().clientId());
        assertThat(first.clientSecret().reveal())
                .isNotEqualTo(second.clientSecret().reveal());
        assertThat(applications.list()).containsExactly(first.application(), second.application());
    }

    @Test
    void create_stores_only_a_hash_of_the_secret() {
        NewApplication created = applications.create("Acme");
        String secretText = created.clientSecret().reveal();

        assertThat(repository.stored()).singleElement().satisfies(stored -> {
            assertThat(stored.application()).isEqualTo(created.application());
            assertThat(stored.secretHash().verifies(created.clientSecret())).isTrue();
            assertThat(stored.secretHash().encoded()).doesNotContain(secretText);
            assertThat(stored.application().name()).doesNotContain(secretText);
            assertThat(stored.toString()).doesNotContain(secretText);
        });
    }

    @Test
    void authenticates_the_right_secret() {
        NewApplication created = applications.create("Acme");

        assertThat(applications.authenticate(created.application().clientId(), created.clientSecret()))
                .isEqualTo(new Authentication(Outcome.AUTHENTICATED, Optional.of(created.application())));
    }

    @Test
    void a_wrong_secret_gives_invalid_keys() {
        NewApplication created = applications.create("Acme");

        assertThat(applications.authenticate(created.application().clientId(), Secret.of("wrong")))
                .isEqualTo(INVALID);
    }

    @Test
    void an_unknown_client_id_gives_invalid_keys() {
        NewApplication created = applications.create("Acme");

        assertThat(applications.authenticate(UUID.randomUUID(), created.clientSecret()))
                .isEqualTo(INVALID);
    }

    @Test
    void a_disabled_application_gives_disabled_with_the_right_secret() {
        NewApplication created = applications.create("Acme");
        UUID clientId = created.application().clientId();

        assertThat(applications.disable(clientId)).isTrue();

        assertThat(applications.authenticate(clientId, created.clientSecret()))
                .isEqualTo(new Authentication(
                        Outcome.DISABLED,
                        Optional.of(new Application(clientId, "Acme", Role.APPLICATION, false, NOW))));
    }

    @Test
    void a_disabled_application_gives_invalid_keys_with_a_wrong_secret() {
        UUID clientId = applications.create("Acme").application().clientId();
        applications.disable(clientId);

        assertThat(applications.authenticate(clientId, Secret.of("wrong"))).isEqualTo(INVALID);
    }

    @Test
    void disable_records_the_clock_time() {
        UUID clientId = applications.create("Acme").application().clientId();

        applications.disable(clientId);

        assertThat(repository.disabledAt(clientId)).contains(NOW);
    }

    @Test
    void disable_of_an_unknown_id_returns_false() {
        assertThat(applications.disable(UUID.randomUUID())).isFalse();
    }

    @Test
    void find_of_an_unknown_id_is_empty() {
        assertThat(applications.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void none_is_true_until_an_application_is_created() {
        assertThat(applications.none()).isTrue();

        applications.create("Acme");

        assertThat(applications.none()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejects_a_blank_name_and_stores_nothing(String name) {
        assertThatThrownBy(() -> applications.create(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("application name must not be blank");
        assertThat(repository.stored()).isEmpty();
    }

    @Test
    void rejects_a_null_name() {
        assertThatThrownBy(() -> applications.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }
}
