package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailFormatTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "user@example.com",
                "first.last@example.com.br",
                "user+tag@sub.example.co",
                "o'brien@example.ie",
                "x@ex.io",
                "UPPER@EXAMPLE.COM",
                "a!#$%&'*+/=?^_`{|}~-b@example.com",
                "1234@123.example.com",
                "user@my-host.example.com",
                "joão@exemplo.com.br",
                "user@açaí.com.br",
                "user@пример.рф",
                "用户@例子.广告",
                "user@example.xn--p1ai",
                "user@xn--e1afmkfd.xn--p1ai",
                // "é" written as "e" followed by a combining acute accent (NFD)
                "jose\u0301@example.com"
            })
    void accepts_an_address_people_type(String value) {
        assertThat(EMAIL.check(value)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "user",
                "@example.com",
                "user@",
                "user@example",
                "user@@example.com",
                "a@b@example.com",
                ".user@example.com",
                "user.@example.com",
                "us..er@example.com",
                "user@.example.com",
                "user@example..com",
                "user@example.com.",
                "user@-example.com",
                "user@example-.com",
                "user@example.c",
                "user@example.c0m",
                "user@example.123",
                "user@example.-com",
                "user @example.com",
                " user@example.com",
                "user@example.com ",
                "user@exam ple.com",
                "user@example.com\n",
                "user\t@example.com",
                "\"quoted\"@example.com",
                "user(comment)@example.com",
                "user@[192.168.0.1]",
                "user@192.168.0.1",
                "user@exa_mple.com",
                "user@example.com,other@example.com",
                "😀@example.com",
                "user@😀.com",
                "user@example.xn--",
                "user\0@example.com"
            })
    void rejects_as_malformed_what_is_not_an_address(String value) {
        assertThat(EMAIL.check(value)).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Test
    void accepts_a_local_part_of_64_characters_but_not_65() {
        assertThat(EMAIL.check("a".repeat(64) + "@example.com")).isEqualTo(FormatVerdict.VALID);
        assertThat(EMAIL.check("a".repeat(65) + "@example.com")).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Test
    void accepts_a_domain_label_of_63_characters_but_not_64() {
        assertThat(EMAIL.check("user@" + "d".repeat(63) + ".com")).isEqualTo(FormatVerdict.VALID);
        assertThat(EMAIL.check("user@" + "d".repeat(64) + ".com")).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Test
    void accepts_254_characters_in_all_but_not_255() {
        String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".com"; // 195
        String local = "l".repeat(58);

        assertThat(EMAIL.check(local + "@" + domain)).isEqualTo(FormatVerdict.VALID);
        assertThat(EMAIL.check(local + "x@" + domain)).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Test
    void counts_characters_not_utf_16_units() {
        String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".com";
        // Letters outside the Basic Multilingual Plane: two chars each, one character each.
        String local = "𝒶".repeat(58);

        assertThat(EMAIL.check(local + "@" + domain)).isEqualTo(FormatVerdict.VALID);
        assertThat(EMAIL.check(local + "𝒶@" + domain)).isEqualTo(FormatVerdict.MALFORMED);
    }
}
