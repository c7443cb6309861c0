package dev.plugboard.http.auth;

import static dev.plugboard.http.auth.AuthFixtures.CLIENT_ID;
import static dev.plugboard.http.auth.AuthFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final MutableClock clock = new MutableClock(NOW);
    private final TokenService tokens = new TokenService(AuthFixtures.key(), List.of(), clock);

    private static String[] segments(String token) {
        return token.split("\\.", -1);
    }

    private static JsonNode decodeSegment(String segment) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(segment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encodeSegment(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** An HMAC signature made without nimbus, so the test can sign headers nimbus would refuse to write. */
    private static String hmac(String algorithm, byte[] secret, String signingInput) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            return BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with a hand-written header, the payload of a genuine token, signed by HMAC-SHA256 with our key. */
    private static String handSigned(String headerJson, String genuineToken) {
        String input = encodeSegment(headerJson) + "." + segments(genuineToken)[1];
        return input + "." + hmac("HmacSHA256", AuthFixtures.key().secret(), input);
    }

    @Test
    void verifies_an_issued_api_key_as_its_client_with_two_hours_to_live() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(token))
                .isEqualTo(Optional.of(new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plus(Duration.ofHours(2)))));
    }

    @Test
    void verifies_an_issued_connect_token_as_its_client_with_thirty_minutes_to_live() {
        String token = tokens.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN);

        assertThat(tokens.verify(token))
                .isEqualTo(
                        Optional.of(new Caller(CLIENT_ID, TokenKind.CONNECT_TOKEN, NOW.plus(Duration.ofMinutes(30)))));
    }

    @Test
    void writes_a_flat_payload_of_strings_and_numbers_that_the_official_sdks_can_decode() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        JsonNode payload = decodeSegment(segments(token)[1]);

        assertThat(payload.isObject()).isTrue();
        assertThat(payload.properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("clientId", "kind", "role", "jti", "iat", "exp");
        assertThat(payload.properties())
                .allSatisfy(field -> assertThat(
                                field.getValue().isTextual() || field.getValue().isNumber())
                        .as("claim %s is a string or a number", field.getKey())
                        .isTrue());
        assertThat(payload.get("clientId").asText()).isEqualTo(CLIENT_ID.toString());
        assertThat(payload.get("kind").asText()).isEqualTo("api_key");
        assertThat(payload.get("role").asText()).isEqualTo("application");
        assertThat(payload.get("iat").isIntegralNumber()).isTrue();
        assertThat(payload.get("exp").isIntegralNumber()).isTrue();
        assertThat(payload.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(payload.get("exp").asLong() - payload.get("iat").asLong()).isEqualTo(7200);
    }

    @Test
    void writes_a_connect_token_payload_that_lives_1800_seconds() {
        JsonNode payload = decodeSegment(segments(tokens.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN))[1]);

        assertThat(payload.get("kind").asText()).isEqualTo("connect_token");
        assertThat(payload.get("exp").asLong() - payload.get("iat").asLong()).isEqualTo(1800);
    }

    @Test
    void writes_an_hs256_header_naming_the_key_that_signed() {
        JsonNode header = decodeSegment(segments(tokens.issue(CLIENT_ID, TokenKind.API_KEY))[0]);

        assertThat(header.get("alg").asText()).isEqualTo("HS256");
        assertThat(header.get("kid").asText()).isEqualTo(AuthFixtures.key().id());
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
    }

    @Test
    void gives_each_token_its_own_id() {
        String first = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        String second = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(decodeSegment(segments(second)[1]).get("jti").asText())
                .isNotEqualTo(decodeSegment(segments(first)[1]).get("jti").asText());
    }

    @Test
    void keeps_an_api_key_valid_until_one_second_before_two_hours() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        clock.advance(Duration.ofHours(2).minusSeconds(1));

        assertThat(tokens.verify(token).map(Caller::clientId)).isEqualTo(Optional.of(CLIENT_ID));
    }

    @Test
    void refuses_an_api_key_two_hours_after_it_was_issued() {
        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        clock.advance(Duration.ofHours(2));

        assertThat(tokens.verify(token)).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_connect_token_thirty_minutes_after_it_was_issued() {
        String token = tokens.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN);

        clock.advance(Duration.ofMinutes(30));

        assertThat(tokens.verify(token)).isEqualTo(Optional.empty());
    }

    @Test
    void cuts_the_expiry_to_whole_seconds_as_jwt_times_are() {
        clock.advance(Duration.ofMillis(750));

        String token = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(token).map(Caller::expiresAt)).isEqualTo(Optional.of(NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void refuses_a_token_signed_by_another_key() {
        TokenService elsewhere = new TokenService(AuthFixtures.otherKey(), List.of(), clock);

        assertThat(tokens.verify(elsewhere.issue(CLIENT_ID, TokenKind.API_KEY))).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_signed_by_another_key_that_claims_our_key_id() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        String header = "{\"kid\":\"" + AuthFixtures.key().id() + "\",\"typ\":\"JWT\",\"alg\":\"HS256\"}";
        String input = encodeSegment(header) + "." + segments(genuine)[1];
        String forged = input + "." + hmac("HmacSHA256", AuthFixtures.otherKey().secret(), input);

        assertThat(tokens.verify(forged)).isEqualTo(Optional.empty());
    }

    @Test
    void accepts_a_hand_signed_hs256_token_so_the_forgery_tests_prove_something() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        String header = "{\"kid\":\"" + AuthFixtures.key().id() + "\",\"alg\":\"HS256\"}";

        assertThat(tokens.verify(handSigned(header, genuine)))
                .isEqualTo(Optional.of(new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plus(Duration.ofHours(2)))));
    }

    @Test
    void refuses_a_token_whose_payload_was_changed_after_signing() {
        String[] parts = segments(tokens.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN));
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("connect_token", "api_key");
        String tampered = parts[0] + "." + encodeSegment(payload) + "." + parts[2];

        assertThat(payload).contains("\"kind\":\"api_key\"");
        assertThat(tokens.verify(tampered)).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_an_unsigned_token_with_alg_none() {
        String payload = segments(tokens.issue(CLIENT_ID, TokenKind.API_KEY))[1];
        String unsigned = encodeSegment("{\"alg\":\"none\"}") + "." + payload + ".";
        String unsignedWithKid = encodeSegment(
                        "{\"alg\":\"none\",\"kid\":\"" + AuthFixtures.key().id() + "\"}") + "." + payload + ".";

        assertThat(tokens.verify(unsigned)).isEqualTo(Optional.empty());
        assertThat(tokens.verify(unsignedWithKid)).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_signed_with_hs512_even_by_our_key() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        String input = encodeSegment("{\"kid\":\"" + AuthFixtures.key().id() + "\",\"alg\":\"HS512\"}") + "."
                + segments(genuine)[1];
        String hs512 = input + "." + hmac("HmacSHA512", AuthFixtures.key().secret(), input);

        assertThat(tokens.verify(hs512)).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_with_an_rs256_header() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(
                        handSigned("{\"kid\":\"" + AuthFixtures.key().id() + "\",\"alg\":\"RS256\"}", genuine)))
                .isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_with_an_unknown_key_id() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(handSigned("{\"kid\":\"unknown1\",\"alg\":\"HS256\"}", genuine)))
                .isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_without_a_key_id() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(handSigned("{\"alg\":\"HS256\"}", genuine))).isEqualTo(Optional.empty());
        assertThat(tokens.verify("eyJhbGciOiJIUzI1NiJ9.e30.x")).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_issued_two_minutes_in_the_future() {
        MutableClock ahead = new MutableClock(NOW.plus(Duration.ofMinutes(2)));
        String fromTheFuture =
                new TokenService(AuthFixtures.key(), List.of(), ahead).issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(fromTheFuture)).isEqualTo(Optional.empty());
    }

    @Test
    void accepts_a_token_issued_thirty_seconds_in_the_future_as_clock_skew() {
        MutableClock ahead = new MutableClock(NOW.plus(Duration.ofSeconds(30)));
        String slightlyAhead =
                new TokenService(AuthFixtures.key(), List.of(), ahead).issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(slightlyAhead))
                .isEqualTo(Optional.of(new Caller(
                        CLIENT_ID, TokenKind.API_KEY, NOW.plusSeconds(30).plus(Duration.ofHours(2)))));
    }

    @Test
    void refuses_a_signed_token_without_an_expiry_or_with_an_unknown_kind() {
        String header = "{\"kid\":\"" + AuthFixtures.key().id() + "\",\"alg\":\"HS256\"}";
        long iat = NOW.getEpochSecond();
        String noExp =
                signedPayload(header, "{\"clientId\":\"" + CLIENT_ID + "\",\"kind\":\"api_key\",\"iat\":" + iat + "}");
        String badKind = signedPayload(
                header,
                "{\"clientId\":\"" + CLIENT_ID + "\",\"kind\":\"admin\",\"iat\":" + iat + ",\"exp\":" + (iat + 60)
                        + "}");
        String badClient = signedPayload(
                header, "{\"clientId\":\"me\",\"kind\":\"api_key\",\"iat\":" + iat + ",\"exp\":" + (iat + 60) + "}");
        String noIat = signedPayload(
                header, "{\"clientId\":\"" + CLIENT_ID + "\",\"kind\":\"api_key\",\"exp\":" + (iat + 60) + "}");
        String good = signedPayload(
                header,
                "{\"clientId\":\"" + CLIENT_ID + "\",\"kind\":\"api_key\",\"iat\":" + iat + ",\"exp\":" + (iat + 60)
                        + "}");

        assertThat(tokens.verify(noExp)).isEqualTo(Optional.empty());
        assertThat(tokens.verify(badKind)).isEqualTo(Optional.empty());
        assertThat(tokens.verify(badClient)).isEqualTo(Optional.empty());
        assertThat(tokens.verify(noIat)).isEqualTo(Optional.empty());
        assertThat(tokens.verify(good))
                .isEqualTo(Optional.of(new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plusSeconds(60))));
    }

    private static String signedPayload(String headerJson, String payloadJson) {
        String input = encodeSegment(headerJson) + "." + encodeSegment(payloadJson);
        return input + "." + hmac("HmacSHA256", AuthFixtures.key().secret(), input);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "a.b.c",
                "a.b",
                "....",
                "Bearer x",
                "eyJhbGciOiJIUzI1NiJ9",
                "%%%.%%%.%%%",
            })
    void refuses_text_that_is_not_a_token(String text) {
        assertThat(tokens.verify(text)).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_whose_header_or_payload_is_not_a_json_object_without_an_exception() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        for (String header : new String[] {"null", "[]", "1", "\"HS256\""}) {
            assertThat(tokens.verify(encodeSegment(header) + "." + segments(genuine)[1] + ".AAAA"))
                    .as(header)
                    .isEqualTo(Optional.empty());
        }
        for (String payload : new String[] {"null", "[]", "1", "\"x\""}) {
            assertThat(tokens.verify(handSignedPayload(payload))).as(payload).isEqualTo(Optional.empty());
        }
    }

    private static String handSignedPayload(String payloadJson) {
        String input = encodeSegment("{\"kid\":\"" + AuthFixtures.key().id() + "\",\"alg\":\"HS256\"}") + "."
                + encodeSegment(payloadJson);
        return input + "." + hmac("HmacSHA256", AuthFixtures.key().secret(), input);
    }

    @Test
    void refuses_a_missing_token() {
        assertThat(tokens.verify(null)).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_token_longer_than_any_it_issues() {
        String genuine = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify("a".repeat(5000))).isEqualTo(Optional.empty());
        assertThat(tokens.verify(genuine + "a".repeat(5000))).isEqualTo(Optional.empty());
    }

    @Test
    void still_verifies_tokens_of_a_retired_key_while_signing_new_ones_with_the_current_key() {
        String oldToken =
                new TokenService(AuthFixtures.otherKey(), List.of(), clock).issue(CLIENT_ID, TokenKind.API_KEY);
        TokenService rotated = new TokenService(AuthFixtures.key(), List.of(AuthFixtures.otherKey()), clock);

        String newToken = rotated.issue(CLIENT_ID, TokenKind.CONNECT_TOKEN);

        assertThat(rotated.verify(oldToken))
                .isEqualTo(Optional.of(new Caller(CLIENT_ID, TokenKind.API_KEY, NOW.plus(Duration.ofHours(2)))));
        assertThat(decodeSegment(segments(newToken)[0]).get("kid").asText())
                .isEqualTo(AuthFixtures.key().id());
        assertThat(rotated.verify(newToken).map(Caller::kind)).isEqualTo(Optional.of(TokenKind.CONNECT_TOKEN));
    }

    @Test
    void stops_verifying_tokens_of_a_key_once_it_is_dropped() {
        String oldToken =
                new TokenService(AuthFixtures.otherKey(), List.of(), clock).issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(oldToken)).isEqualTo(Optional.empty());
    }

    @Test
    void keeps_a_retired_key_tokens_valid_only_until_they_expire() {
        String oldToken =
                new TokenService(AuthFixtures.otherKey(), List.of(), clock).issue(CLIENT_ID, TokenKind.API_KEY);
        TokenService rotated = new TokenService(AuthFixtures.key(), List.of(AuthFixtures.otherKey()), clock);

        clock.advance(Duration.ofHours(2));

        assertThat(rotated.verify(oldToken)).isEqualTo(Optional.empty());
    }

    @Test
    void tolerates_the_current_key_listed_again_among_the_retired() {
        TokenService service = new TokenService(AuthFixtures.key(), List.of(AuthFixtures.key()), clock);

        assertThat(service.verify(service.issue(CLIENT_ID, TokenKind.API_KEY)).map(Caller::clientId))
                .isEqualTo(Optional.of(CLIENT_ID));
    }

    @Test
    void an_operators_role_travels_in_its_token() {
        String token = tokens.issue(CLIENT_ID, dev.plugboard.domain.auth.Role.ADMIN, TokenKind.API_KEY);

        assertThat(tokens.verify(token))
                .contains(new Caller(
                        CLIENT_ID,
                        dev.plugboard.domain.auth.Role.ADMIN,
                        TokenKind.API_KEY,
                        NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void replaced_keys_sign_at_once_and_the_retired_one_keeps_verifying() {
        String before = tokens.issue(CLIENT_ID, TokenKind.API_KEY);
        tokens.replaceKeys(new TokenService.KeyRing(AuthFixtures.otherKey(), List.of(AuthFixtures.key())));
        String after = tokens.issue(CLIENT_ID, TokenKind.API_KEY);

        assertThat(tokens.verify(before)).isPresent();
        assertThat(tokens.verify(after)).isPresent();
        tokens.replaceKeys(new TokenService.KeyRing(AuthFixtures.otherKey(), List.of()));
        assertThat(tokens.verify(before)).isEmpty();
    }
}
