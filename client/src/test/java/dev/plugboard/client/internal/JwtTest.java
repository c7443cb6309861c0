package dev.plugboard.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtTest {
    private static String token(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void reads_a_numeric_exp_in_seconds() {
        assertThat(Jwt.expiry(token("{\"clientId\":\"a\",\"exp\":1768485600}")))
                .contains(Instant.parse("2026-01-15T14:00:00Z"));
    }

    @Test
    void reads_an_exp_sent_as_a_numeric_string() {
        assertThat(Jwt.expiry(token("{\"exp\":\"1768485600\"}"))).contains(Instant.parse("2026-01-15T14:00:00Z"));
    }

    @Test
    void finds_no_expiry_in_what_is_not_a_jwt_with_an_exp() {
        assertThat(Jwt.expiry("opaque-key")).isEmpty();
        assertThat(Jwt.expiry("a.b")).isEmpty();
        assertThat(Jwt.expiry("a.!!!.c")).isEmpty();
        assertThat(Jwt.expiry(token("not json"))).isEmpty();
        assertThat(Jwt.expiry(token("{\"iat\":1}"))).isEmpty();
        assertThat(Jwt.expiry(token("{\"exp\":\"soon\"}"))).isEmpty();
    }
}
