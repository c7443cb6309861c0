package dev.plugboard.domain.webhook;

import dev.plugboard.domain.Secret;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An application's webhooks: created, listed, read, changed and deleted by the application that
 * owns them only; to any other they do not exist. Blocking (every call reads the repository): call
 * it off the event loop.
 */
public final class Webhooks {
    /** Pluggy's limit, kept: more than five receivers of one event is a mistake more often than not. */
    public static final int MAX_PER_EVENT = 5;
    /** Bytes of randomness in a signing secret: 256 bits, written as 43 base64url characters. */
    static final int SECRET_BYTES = 32;

    private final WebhookRepository repository;
    private final WebhookRules rules;
    private final Clock clock;
    private final SecureRandom random;

    public Webhooks(WebhookRepository repository, WebhookRules rules, Clock clock, SecureRandom random) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Stores a new, enabled webhook with a new signing secret.
     *
     * @throws InvalidWebhookException naming every problem of {@code draft}
     */
    public Webhook create(UUID clientId, WebhookDraft draft) {
        WebhookEvent event = checked(clientId, draft, Optional.empty(), true);
        Instant now = clock.instant();
        Webhook webhook = new Webhook(
                UUID.randomUUID(),
                clientId,
                event,
                draft.url(),
                draft.headers(),
                newSecret(),
                Optional.empty(),
                now,
                now);
        repository.insert(webhook);
        return webhook;
    }

    /** The application's webhooks, oldest first. */
    public List<Webhook> list(UUID clientId) {
        return repository.list(clientId);
    }

    /** @throws NoSuchWebhookException unless the application owns a webhook with this id */
    public Webhook get(UUID clientId, UUID id) {
        return repository
                .find(id)
                .filter(w -> w.clientId().equals(clientId))
                .orElseThrow(() -> new NoSuchWebhookException(id.toString()));
    }

    /**
     * Applies a partial change; {@code updatedAt} moves even when nothing else does. A URL kept as it
     * is not checked again.
     *
     * @throws NoSuchWebhookException unless the application owns a webhook with this id
     * @throws InvalidWebhookException naming every problem of the changed webhook
     */
    public Webhook update(UUID clientId, UUID id, WebhookUpdate update) {
        Webhook current = get(clientId, id);
        WebhookDraft draft = new WebhookDraft(
                update.event().orElse(current.event().wireName()),
                update.url().orElse(current.url()),
                update.headers().orElse(current.headers()));
        WebhookEvent event =
                checked(clientId, draft, Optional.of(id), update.url().isPresent());
        Instant now = clock.instant();
        Optional<Instant> disabledAt = update.enabled()
                .map(enabled -> enabled
                        ? Optional.<Instant>empty()
                        : current.disabledAt().or(() -> Optional.of(now)))
                .orElse(current.disabledAt());
        Webhook changed = new Webhook(
                id,
                clientId,
                event,
                draft.url(),
                draft.headers(),
                current.secret(),
                disabledAt,
                current.createdAt(),
                now);
        if (!repository.update(changed)) {
            throw new NoSuchWebhookException(id.toString());
        }
        return changed;
    }

    /** @throws NoSuchWebhookException unless the application owns a webhook with this id */
    public void delete(UUID clientId, UUID id) {
        get(clientId, id);
        if (!repository.delete(id)) {
            throw new NoSuchWebhookException(id.toString());
        }
    }

    /**
     * The draft's event, once the draft and the application's other webhooks allow it. A URL that
     * is not being changed is not judged again: it was accepted under the rules of its day (say,
     * with the development flag on), and a change of headers must not be refused for it.
     */
    private WebhookEvent checked(UUID clientId, WebhookDraft draft, Optional<UUID> self, boolean newUrl) {
        List<WebhookProblem> problems = new ArrayList<>(rules.check(draft));
        if (!newUrl) {
            problems.removeIf(
                    p -> p.kind() == WebhookProblem.Kind.INVALID_URL || p.kind() == WebhookProblem.Kind.URL_NOT_HTTPS);
        }
        if (problems.isEmpty()) {
            WebhookEvent event = WebhookRules.event(draft.event()).orElseThrow();
            List<Webhook> others = repository.list(clientId).stream()
                    .filter(w -> w.event() == event
                            && self.map(id -> !id.equals(w.id())).orElse(true))
                    .toList();
            if (others.stream().anyMatch(w -> w.url().equals(draft.url()))) {
                problems.add(new WebhookProblem(WebhookProblem.Kind.ALREADY_EXISTS, draft.event(), draft.url()));
            } else if (others.size() >= MAX_PER_EVENT) {
                problems.add(new WebhookProblem(WebhookProblem.Kind.LIMIT_REACHED, draft.event()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWebhookException(problems);
        }
        return WebhookRules.event(draft.event()).orElseThrow();
    }

    private Secret newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
