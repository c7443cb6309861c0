package dev.plugboard.http.auth;

import static dev.plugboard.http.auth.AuthFixtures.KEY_TEXT;
import static dev.plugboard.http.auth.AuthFixtures.OTHER_KEY_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeyTest {
    @Test
    void decodes_what_it_encodes_to_an_equal_key_with_the_same_id() {
        SigningKey key = SigningKey.generate(new SecureRandom());

        SigningKey again = SigningKey.decode(key.encode());

        assertThat(again).isEqualTo(key);
        assertThat(again.id()).isEqualTo(key.id());
        assertThat(again.hashCode()).isEqualTo(key.hashCode());
        assertThat(again.encode()).isEqualTo(key.encode());
    }

    @Test
    void encodes_a_decoded_key_to_the_same_unpadded_base64url_text() {
        assertThat(SigningKey.decode(KEY_TEXT).encode()).isEqualTo(KEY_TEXT);
        assertThat(SigningKey.decode(KEY_TEXT + "=").encode()).isEqualTo(KEY_TEXT);
        assertThat(SigningKey.decode("  " + KEY_TEXT + "\n").encode()).isEqualTo(KEY_TEXT);
    }

    @Test
    void derives_an_eight_character_id_from_the_key_and_tells_keys_apart() {
        SigningKey key = SigningKey.decode(KEY_TEXT);
        SigningKey other = SigningKey.decode(OTHER_KEY_TEXT);

        assertThat(key.id()).hasSize(8).matches("[A-Za-z0-9_-]{8}");
        assertThat(other.id()).isNotEqualTo(key.id());
        assertThat(other).isNotEqualTo(key);
    }

    @Test
    void generates_thirty_two_random_bytes() {
        SigningKey key = SigningKey.generate(new SecureRandom());

        assertThat(Base64.getUrlDecoder().decode(key.encode())).hasSize(SigningKey.MIN_BYTES);
        assertThat(SigningKey.generate(new SecureRandom())).isNotEqualTo(key);
    }

    @Test
    void refuses_fewer_than_thirty_two_bytes_without_quoting_the_key() {
        String shortKey = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("k".repeat(31).getBytes(StandardCharsets.US_ASCII));

        IllegalArgumentException e =
                catchThrowableOfType(IllegalArgumentException.class, () -> SigningKey.decode(shortKey));

        assertThat(e.getMessage()).isEqualTo("a signing key needs at least 32 bytes (base64url), got 31");
        assertThat(e.getMessage()).doesNotContain(shortKey);
    }

    @Test
    void refuses_text_that_is_not_base64url_without_quoting_it() {
        String notBase64 = "secret+key/with*symbols";

        IllegalArgumentException e =
                catchThrowableOfType(IllegalArgumentException.class, () -> SigningKey.decode(notBase64));

        assertThat(e.getMessage()).isEqualTo("a signing key must be base64url text");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void shows_only_the_key_id_in_to_string() {
        SigningKey key = SigningKey.decode(KEY_TEXT);

        assertThat(key.toString()).isEqualTo("SigningKey[" + key.id() + "]");
        assertThat(key.toString()).doesNotContain(KEY_TEXT);
    }
}
