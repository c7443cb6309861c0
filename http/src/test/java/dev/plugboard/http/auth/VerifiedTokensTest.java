package dev.plugboard.http.auth;

import static dev.plugboard.http.auth.AuthFixtures.CLIENT_ID;
import static dev.plugboard.http.auth.AuthFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens inside {@link TokenService}: what it keeps, for how long, and when it forgets. */
class VerifiedTokensTest {
    private final MutableClock clock = new MutableClock(NOW);
    private final TokenService tokens = new TokenService(AuthFixtures.key(), List.of(), clock, 3);

    @Test
    void remembers_a_verified_token_and_answers_the_same_caller_again() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        Optional<Caller> first = tokens.verify(token);
        Optional<Caller> second = tokens.verify(token);

        assertThat(tokens.cachedTokens()).isEqualTo(1);
        assertThat(second)
                .isEqualTo(first)
                .isEqualTo(Optional.of(new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plus(Duration.ofHours(2)))));
    }

    @Test
    void never_keeps_a_token_that_failed_verification() {
        String forged = new TokenService(AuthFixtures.otherKey(), List.of(), clock).issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(forged)).isEmpty();
        assertThat(tokens.verify("not.a.token")).isEmpty();
        assertThat(tokens.cachedTokens()).isZero();
    }

    @Test
    void refuses_a_remembered_token_once_it_expires_and_forgets_it() {
        String token = tokens.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN);
        assertThat(tokens.verify(token)).isPresent();

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(tokens.verify(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(tokens.verify(token)).isEmpty();
        assertThat(tokens.cachedTokens()).isZero();
    }

    @Test
    void forgets_remembered_tokens_when_their_key_is_dropped() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        assertThat(tokens.verify(token)).isPresent();

        tokens.replaceKeys(new TokenService.KeyRing(AuthFixtures.otherKey(), List.of()));

        assertThat(tokens.cachedTokens()).isZero();
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void keeps_remembered_tokens_when_the_same_keys_are_loaded_again() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        tokens.verify(token);

        tokens.replaceKeys(new TokenService.KeyRing(AuthFixtures.key(), List.of()));

        assertThat(tokens.cachedTokens()).isEqualTo(1);
        assertThat(tokens.verify(token).map(Caller::clientId)).contains(CLIENT_ID);
    }

    @Test
    void forgets_remembered_tokens_when_a_key_is_added_too() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        tokens.verify(token);

        tokens.replaceKeys(new TokenService.KeyRing(AuthFixtures.otherKey(), List.of(AuthFixtures.key())));

        assertThat(tokens.cachedTokens()).isZero();
        assertThat(tokens.verify(token).map(Caller::clientId)).contains(CLIENT_ID);
        assertThat(tokens.cachedTokens()).isEqualTo(1);
    }

    @Test
    void holds_no_more_than_its_capacity_and_still_verifies_every_token() {
        List<String> issued = List.of(
                tokens.issue(UUID.randomUUID(), TokenKind.API_KEY),
                tokens.issue(UUID.randomUUID(), TokenKind.API_KEY),
                tokens.issue(UUID.randomUUID(), TokenKind.API_KEY),
                tokens.issue(UUID.randomUUID(), TokenKind.API_KEY),
                tokens.issue(UUID.randomUUID(), TokenKind.API_KEY));

        for (String token : issued) {
            assertThat(tokens.verify(token)).isPresent();
            assertThat(tokens.cachedTokens()).isLessThanOrEqualTo(3);
        }
        for (String token : issued) {
            assertThat(tokens.verify(token)).isPresent();
        }
        assertThat(tokens.cachedTokens()).isBetween(1, 3);
    }

    @Test
    void makes_room_by_dropping_expired_tokens_first() {
        String shortLived = tokens.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN);
        String first = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        String second = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        tokens.verify(shortLived);
        tokens.verify(first);
        tokens.verify(second);
        clock.advance(Duration.ofMinutes(31));

        String third = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        tokens.verify(third);

        // The expired connect token made room: the two live keys stayed (forgetting all would leave 1).
        assertThat(tokens.cachedTokens()).isEqualTo(3);
        assertThat(tokens.verify(shortLived)).isEmpty();
        assertThat(tokens.verify(first)).isPresent();
        assertThat(tokens.cachedTokens()).isEqualTo(3);
    }

    @Test
    void the_cache_keeps_at_most_its_capacity_dropping_expired_entries_before_live_ones() {
        VerifiedTokens cache = new VerifiedTokens(2);
        Caller expiring = new Caller(CLIENT_ID, TokenKind.CONNECT_TOKEN, NOW.plusSeconds(10));
        Caller lasting = new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plusSeconds(7200));
        cache.add("a", expiring, NOW);
        cache.add("b", lasting, NOW);

        cache.add("c", lasting, NOW.plusSeconds(10));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.find("a", NOW)).isEmpty();
        assertThat(cache.find("b", NOW.plusSeconds(10))).contains(lasting);
        assertThat(cache.find("c", NOW.plusSeconds(10))).contains(lasting);
    }

    @Test
    void the_cache_forgets_everything_when_full_of_live_tokens() {
        VerifiedTokens cache = new VerifiedTokens(2);
        Caller lasting = new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plusSeconds(7200));
        cache.add("a", lasting, NOW);
        cache.add("b", lasting, NOW);

        cache.add("c", lasting, NOW);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.find("a", NOW)).isEmpty();
        assertThat(cache.find("c", NOW)).contains(lasting);
    }

    /**
     * The cache changes nothing but the cost: at every moment and under every key ring, a service
     * that verified each token before (and so answers from its cache) accepts exactly the tokens, as
     * the same callers, that a service which never saw them accepts.
     */
    @Test
    void a_remembered_token_is_accepted_exactly_when_a_service_that_never_saw_it_accepts_it() {
        SigningKey third = SigningKey.decode("QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8");
        TokenService.KeyRing both = new TokenService.KeyRing(AuthFixtures.key(), List.of(AuthFixtures.otherKey()));
        TokenService warm = new TokenService(both.current(), both.retired(), clock, 100);
        String apiKey = warm.issue(CLIENT_ID, TokenKind.API_KEY);
        String tampered = apiKey.substring(0, apiKey.length() - 2) + (apiKey.endsWith("AA") ? "BB" : "AA");
        List<String> tokens = List.of(
                apiKey,
                warm.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN),
                new TokenService(AuthFixtures.otherKey(), List.of(), clock).issue(CLIENT_ID, TokenKind.API_KEY),
                new TokenService(third, List.of(), clock).issue(CLIENT_ID, TokenKind.API_KEY),
                tampered);
        List<TokenService.KeyRing> rings = List.of(
                both,
                new TokenService.KeyRing(AuthFixtures.key(), List.of()),
                new TokenService.KeyRing(third, List.of(AuthFixtures.key())),
                both);
        // 0, 29, 30 (the connect token's end), 119 and 120 minutes (the API keys' end) after issue
        List<Duration> moments =
                List.of(0, 29, 30, 119, 120).stream().map(Duration::ofMinutes).toList();

        int accepted = 0;
        for (TokenService.KeyRing ring : rings) {
            warm.replaceKeys(ring);
            for (Duration moment : moments) {
                Clock at = Clock.fixed(NOW.plus(moment), ZoneOffset.UTC);
                clock.set(at.instant());
                for (String token : tokens) {
                    warm.verify(token); // remembered now if it is valid now
                    Optional<Caller> expected = new TokenService(ring.current(), ring.retired(), at).verify(token);
                    assertThat(warm.verify(token))
                            .as(
                                    "token %d at +%s under %s",
                                    tokens.indexOf(token),
                                    moment,
                                    ring.current().id())
                            .isEqualTo(expected);
                    accepted += expected.isPresent() ? 1 : 0;
                }
            }
        }
        // Both keys: the API keys of key and otherKey at 4 moments, the connect token at 2 = 10; key
        // alone: 4 + 2 = 6; third with key: key's 4 + 2 and third's 4 = 10; both again: 10.
        assertThat(accepted).isEqualTo(36);
    }

    @Test
    void a_cache_holds_at_least_one_token() {
        assertThatThrownBy(() -> new VerifiedTokens(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a token cache holds at least one token, got 0");
    }
}
