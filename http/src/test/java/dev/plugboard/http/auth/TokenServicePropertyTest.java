package dev.plugboard.http.auth;

import static dev.plugboard.http.auth.AuthFixtures.CLIENT_ID;
import static dev.plugboard.http.auth.AuthFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;

/**
 * The JWT reader on any input: {@link TokenService#verify} answers a caller or nothing, never an
 * exception, however the token is broken; and nothing but a genuine token proves a caller.
 */
class TokenServicePropertyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    static final List<String> CLAIMS = List.of("clientId", "kind", "role", "exp", "iat", "jti", "nbf", "sub");

    final TokenService tokens = new TokenService(AuthFixtures.key(), List.of(), new MutableClock(NOW));
    final String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
    final Caller genuineCaller = tokens.verify(genuine).orElseThrow();

    @Property(tries = 2000)
    void any_text_is_refused_without_an_exception(@ForAll String token) {
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Property(tries = 2000)
    void three_segments_of_base64url_garbage_are_refused_without_an_exception(
            @ForAll("base64urlText") String header,
            @ForAll("base64urlText") String payload,
            @ForAll("base64urlText") String signature) {
        assertThat(tokens.verify(header + "." + payload + "." + signature)).isEmpty();
    }

    /** Signed with the right key, so the claims reader itself meets every shape of claim. */
    @Property(tries = 3000)
    void any_claims_signed_with_the_right_key_give_a_caller_only_when_they_are_valid(
            @ForAll("headers") String header, @ForAll("claims") Map<String, Object> claims)
            throws JsonProcessingException {
        String token = signed(header, JSON.writeValueAsString(claims));

        Optional<Caller> caller = tokens.verify(token);

        if (caller.isPresent()) {
            assertThat(claims.get("clientId")).isEqualTo(caller.get().clientId().toString());
            assertThat(caller.get().expiresAt()).isAfter(NOW);
            assertThat(claims).containsKey("iat");
            JsonNode iat = JSON.valueToTree(claims.get("iat"));
            assertThat(iat.isNumber()).isTrue();
            assertThat(iat.asDouble())
                    .isLessThanOrEqualTo(NOW.plus(Duration.ofMinutes(1)).getEpochSecond());
        }
    }

    @Property(tries = 2000)
    void a_genuine_token_changed_anywhere_proves_no_one_else(
            @ForAll("positions") int position, @ForAll @CharRange(from = '!', to = '~') char replacement) {
        StringBuilder changed = new StringBuilder(genuine);
        changed.setCharAt(position % genuine.length(), replacement);

        Optional<Caller> caller = tokens.verify(changed.toString());

        caller.ifPresent(c -> assertThat(c).isEqualTo(genuineCaller));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<String> base64urlText() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/.")
                        .ofMaxLength(60),
                Arbitraries.strings()
                        .ofMaxLength(30)
                        .map(s -> BASE64URL.encodeToString(s.getBytes(StandardCharsets.UTF_8))));
    }

    @Provide
    Arbitrary<String> headers() {
        String kid = AuthFixtures.key().id();
        return Arbitraries.of(
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"}",
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\",\"crit\":[\"exp\"]}",
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"typ\":7}",
                "{\"alg\":\"HS256\",\"kid\":[\"" + kid + "\"]}",
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"b64\":false,\"crit\":[\"b64\"]}",
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"jwk\":{\"kty\":\"oct\",\"k\":\"AA\"}}",
                "{\"alg\":\"hs256\",\"kid\":\"" + kid + "\"}",
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\",\"alg\":\"none\"}",
                "{\"alg\":\"HS256\"}",
                "[]",
                "null",
                "{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"");
    }

    @Provide
    Arbitrary<Map<String, Object>> claims() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.just(CLIENT_ID.toString()),
                Arbitraries.of("api_key", "connect_token", "application", "admin", "ingest", "", "API_KEY"),
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.longs()
                        .between(NOW.getEpochSecond() - 7200, NOW.getEpochSecond() + 7200)
                        .map(l -> (Object) l),
                Arbitraries.of(1e300, -1e300, 0.5, 1.7976931348623157E308, Double.MIN_VALUE)
                        .map(d -> (Object) (NOW.getEpochSecond() + d)),
                Arbitraries.of(new java.math.BigInteger("99999999999999999999999999999999"))
                        .map(b -> (Object) b),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null),
                Arbitraries.just(List.of("a", 1)),
                Arbitraries.just(Map.of("id", CLIENT_ID.toString())));
        return Arbitraries.maps(Arbitraries.of(CLAIMS), value)
                .ofMaxSize(CLAIMS.size())
                .map(LinkedHashMap::new);
    }

    private static String signed(String header, String payload) {
        String input = BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(AuthFixtures.key().secret(), "HmacSHA256"));
            return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
