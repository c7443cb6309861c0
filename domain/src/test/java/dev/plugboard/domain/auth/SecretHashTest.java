package dev.plugboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plugboard.domain.Secret;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretHashTest {
    private final SecureRandom random = new SecureRandom();
    private final Secret secret = Secret.of("Xq3v9mS2pL0aZ7yT1wE5rU8iO4kJ6hG2fD0sA9nB3cM");
    private final SecretHash hash = SecretHash.of(secret, random);

    @Test
    void verifies_the_secret_it_was_made_from() {
        assertThat(hash.verifies(Secret.of(secret.reveal()))).isTrue();
    }

    @Test
    void rejects_a_wrong_secret() {
        assertThat(hash.verifies(Secret.of("Xq3v9mS2pL0aZ7yT1wE5rU8iO4kJ6hG2fD0sA9nB3cN")))
                .isFalse();
        assertThat(hash.verifies(Secret.of(""))).isFalse();
        assertThat(hash.verifies(Secret.of(hash.encoded()))).isFalse();
    }

    @Test
    void two_hashes_of_the_same_secret_differ_by_their_salt() {
        SecretHash other = SecretHash.of(secret, random);

        assertThat(other.encoded()).isNotEqualTo(hash.encoded());
        assertThat(other.verifies(secret)).isTrue();
    }

    @Test
    void is_written_as_algorithm_salt_and_hash_without_the_secret() {
        assertThat(hash.encoded())
                .matches("hmac-sha256\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}")
                .doesNotContain(secret.reveal());
    }

    @Test
    void survives_a_round_trip_through_its_encoded_text() {
        assertThat(new SecretHash(hash.encoded()).verifies(secret)).isTrue();
    }

    @Test
    void to_string_hides_the_hash() {
        assertThat(hash.toString()).isEqualTo("SecretHash[hmac-sha256]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "hmac-sha256",
                "hmac-sha256$salt",
                "md5$c2FsdA$aGFzaA",
                "hmac-sha256$a$",
                "hmac-sha256$!!$!!",
                "hmac-sha256$$AAAA",
                "hmac-sha256$AAAA$BBBB$",
                "hmac-sha256$c2FsdA$aGFzaA"
            })
    void rejects_malformed_encoded_text(String encoded) {
        assertThatThrownBy(() -> new SecretHash(encoded))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Plugboard secret hash");
    }

    @Test
    void rejects_null() {
        assertThatThrownBy(() -> new SecretHash(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("encoded");
    }
}
