package dev.plugboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.webhook.WebhookProblem.Kind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhooksTest {
    static final UUID OWNER = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID STRANGER = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    static final String EVENT = "connector/status_updated";

    final InMemoryWebhooks repository = new InMemoryWebhooks();
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private Webhooks webhooks() {
        return new Webhooks(repository, new WebhookRules(false), clock, new SecureRandom());
    }

    private Webhook created() {
        return webhooks().create(OWNER, new WebhookDraft(EVENT, "https://a.example/hook", Map.of("X-Key", "k1")));
    }

    @Test
    void a_created_webhook_is_enabled_stored_and_has_a_random_256_bit_secret() {
        Webhook first = created();
        Webhook second = webhooks().create(OWNER, new WebhookDraft(EVENT, "https://b.example/hook", Map.of()));

        assertThat(first.clientId()).isEqualTo(OWNER);
        assertThat(first.event()).isEqualTo(WebhookEvent.CONNECTOR_STATUS_UPDATED);
        assertThat(first.url()).isEqualTo("https://a.example/hook");
        assertThat(first.headers()).containsExactly(Map.entry("X-Key", "k1"));
        assertThat(first.enabled()).isTrue();
        assertThat(first.createdAt()).isEqualTo(T0);
        assertThat(first.updatedAt()).isEqualTo(T0);
        assertThat(first.secret().reveal()).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(first.secret().toString()).isEqualTo("***");
        assertThat(repository.find(first.id())).contains(first);
        assertThat(webhooks().list(OWNER)).containsExactly(first, second);
    }

    @Test
    void another_application_cannot_see_change_or_delete_a_webhook() {
        Webhook mine = created();

        assertThat(webhooks().list(STRANGER)).isEmpty();
        assertThatThrownBy(() -> webhooks().get(STRANGER, mine.id())).isInstanceOf(NoSuchWebhookException.class);
        assertThatThrownBy(() -> webhooks().update(STRANGER, mine.id(), WebhookUpdate.NONE))
                .isInstanceOf(NoSuchWebhookException.class);
        assertThatThrownBy(() -> webhooks().delete(STRANGER, mine.id())).isInstanceOf(NoSuchWebhookException.class);
        assertThat(repository.find(mine.id())).contains(mine);
    }

    @Test
    void an_update_changes_only_the_fields_sent_and_moves_updated_at() {
        Webhook original = created();
        clock = Clock.offset(clock, java.time.Duration.ofMinutes(5));

        Webhook moved = webhooks()
                .update(
                        OWNER,
                        original.id(),
                        new WebhookUpdate(
                                Optional.empty(),
                                Optional.of("https://c.example/new"),
                                Optional.empty(),
                                Optional.empty()));
        Webhook cleared = webhooks()
                .update(
                        OWNER,
                        original.id(),
                        new WebhookUpdate(Optional.empty(), Optional.empty(), Optional.of(Map.of()), Optional.empty()));

        assertThat(moved.url()).isEqualTo("https://c.example/new");
        assertThat(moved.headers()).containsExactly(Map.entry("X-Key", "k1"));
        assertThat(moved.secret()).isEqualTo(original.secret());
        assertThat(moved.createdAt()).isEqualTo(T0);
        assertThat(moved.updatedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(cleared.headers()).isEmpty();
        assertThat(repository.find(original.id())).contains(cleared);
    }

    @Test
    void disabling_keeps_the_first_disabled_at_and_enabling_clears_it() {
        Webhook original = created();
        WebhookUpdate disable =
                new WebhookUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false));
        WebhookUpdate enable =
                new WebhookUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));

        Webhook disabled = webhooks().update(OWNER, original.id(), disable);
        clock = Clock.offset(clock, java.time.Duration.ofMinutes(1));
        Webhook stillDisabled = webhooks().update(OWNER, original.id(), disable);
        Webhook enabled = webhooks().update(OWNER, original.id(), enable);

        assertThat(disabled.disabledAt()).contains(T0);
        assertThat(stillDisabled.disabledAt()).contains(T0);
        assertThat(enabled.disabledAt()).isEmpty();
        assertThat(enabled.enabled()).isTrue();
    }

    @Test
    void an_invalid_update_changes_nothing_and_names_its_problem() {
        Webhook original = created();

        assertThatThrownBy(() -> webhooks()
                        .update(
                                OWNER,
                                original.id(),
                                new WebhookUpdate(
                                        Optional.of("item/created"),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty())))
                .isInstanceOfSatisfying(
                        InvalidWebhookException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new WebhookProblem(Kind.UNSUPPORTED_EVENT, "item/created")));
        assertThat(repository.find(original.id())).contains(original);
    }

    @Test
    void the_same_url_twice_for_one_event_is_refused_but_an_update_may_keep_its_own_url() {
        Webhook original = created();

        assertThatThrownBy(() -> webhooks().create(OWNER, new WebhookDraft(EVENT, "https://a.example/hook", Map.of())))
                .isInstanceOfSatisfying(
                        InvalidWebhookException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new WebhookProblem(Kind.ALREADY_EXISTS, EVENT, "https://a.example/hook")));
        assertThat(webhooks()
                        .update(
                                OWNER,
                                original.id(),
                                new WebhookUpdate(
                                        Optional.empty(),
                                        Optional.of("https://a.example/hook"),
                                        Optional.empty(),
                                        Optional.empty()))
                        .url())
                .isEqualTo("https://a.example/hook");
        assertThat(webhooks()
                        .create(STRANGER, new WebhookDraft(EVENT, "https://a.example/hook", Map.of()))
                        .clientId())
                .isEqualTo(STRANGER);
    }

    @Test
    void an_application_has_at_most_five_webhooks_per_event() {
        for (int i = 0; i < Webhooks.MAX_PER_EVENT; i++) {
            webhooks().create(OWNER, new WebhookDraft(EVENT, "https://a.example/" + i, Map.of()));
        }

        assertThatThrownBy(() -> webhooks().create(OWNER, new WebhookDraft(EVENT, "https://a.example/5", Map.of())))
                .isInstanceOfSatisfying(
                        InvalidWebhookException.class,
                        e -> assertThat(e.problems()).containsExactly(new WebhookProblem(Kind.LIMIT_REACHED, EVENT)));
        assertThat(webhooks().list(OWNER)).hasSize(5);
    }

    @Test
    void a_deleted_webhook_is_gone() {
        Webhook original = created();

        webhooks().delete(OWNER, original.id());

        assertThat(webhooks().list(OWNER)).isEmpty();
        assertThatThrownBy(() -> webhooks().delete(OWNER, original.id())).isInstanceOf(NoSuchWebhookException.class);
    }

    @Test
    void a_url_accepted_under_the_development_flag_is_kept_when_other_fields_change_without_it() {
        Webhooks development = new Webhooks(repository, new WebhookRules(true), clock, new SecureRandom());
        Webhook local = development.create(OWNER, new WebhookDraft(EVENT, "http://127.0.0.1:9000/hook", Map.of()));
        WebhookUpdate headers = new WebhookUpdate(
                Optional.empty(), Optional.empty(), Optional.of(Map.of("X-Key", "k2")), Optional.empty());
        WebhookUpdate otherPlainUrl = new WebhookUpdate(
                Optional.empty(), Optional.of("http://127.0.0.1:9001/hook"), Optional.empty(), Optional.empty());

        assertThat(webhooks().update(OWNER, local.id(), headers).url()).isEqualTo("http://127.0.0.1:9000/hook");
        assertThatThrownBy(() -> webhooks().update(OWNER, local.id(), otherPlainUrl))
                .isInstanceOfSatisfying(
                        InvalidWebhookException.class,
                        e -> assertThat(e.problems()).containsExactly(new WebhookProblem(Kind.URL_NOT_HTTPS)));
    }
}
