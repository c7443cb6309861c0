package dev.plugboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {
    private final Secret secret = Secret.of("s3cr3t-value");

    @Test
    void prints_as_three_stars() {
        assertThat(secret.toString()).isEqualTo("***");
        assertThat("key=" + secret).isEqualTo("key=***");
        assertThat(String.format("%s", secret)).isEqualTo("***");
    }

    @Test
    void reveals_its_text_only_on_request() {
        assertThat(secret.reveal()).isEqualTo("s3cr3t-value");
    }

    @Test
    void matches_a_secret_with_the_same_text() {
        assertThat(secret.matches(Secret.of("s3cr3t-value"))).isTrue();
        assertThat(Secret.of("").matches(Secret.of(""))).isTrue();
        assertThat(Secret.of("Ação").matches(Secret.of("Ação"))).isTrue();
    }

    @Test
    void does_not_match_a_different_secret() {
        assertThat(secret.matches(Secret.of("s3cr3t-valuf"))).isFalse();
        assertThat(secret.matches(Secret.of("S3CR3T-VALUE"))).isFalse();
    }

    @Test
    void does_not_match_a_prefix_or_an_extension() {
        assertThat(secret.matches(Secret.of("s3cr3t"))).isFalse();
        assertThat(secret.matches(Secret.of("s3cr3t-value!"))).isFalse();
        assertThat(secret.matches(Secret.of(""))).isFalse();
    }

    @Test
    void equality_follows_matches() {
        assertThat(secret).isEqualTo(Secret.of("s3cr3t-value")).hasSameHashCodeAs(Secret.of("s3cr3t-value"));
        assertThat(secret).isNotEqualTo(Secret.of("other")).isNotEqualTo("s3cr3t-value");
    }

    @Test
    void knows_whether_it_is_empty() {
        assertThat(Secret.of("").isEmpty()).isTrue();
        assertThat(secret.isEmpty()).isFalse();
    }

    @Test
    void rejects_null() {
        assertThatThrownBy(() -> Secret.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }

    @Test
    void different_unpaired_surrogates_are_different_secrets() {
        assertThat(Secret.of("\uD800").matches(Secret.of("?"))).isFalse();
        assertThat(Secret.of("\uD800")).isNotEqualTo(Secret.of("\uDC00"));
    }
}
