package dev.plugboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.webhook.WebhookProblem.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRulesTest {
    static final String EVENT = "connector/status_updated";
    static final WebhookRules STRICT = new WebhookRules(false);
    static final WebhookRules DEVELOPMENT = new WebhookRules(true);

    private static List<WebhookProblem> urlProblems(WebhookRules rules, String url) {
        return rules.check(new WebhookDraft(EVENT, url, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/hooks", "HTTPS://example.com", "https://10.0.0.7:8443/x?a=b"})
    void https_urls_are_accepted(String url) {
        assertThat(urlProblems(STRICT, url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://127.0.0.1:9000/hook", "http://127.1.2.3/", "http://localhost:1/", "http://[::1]:80/"})
    void http_to_a_loopback_address_needs_the_development_flag(String url) {
        assertThat(urlProblems(DEVELOPMENT, url)).isEmpty();
        assertThat(urlProblems(STRICT, url)).containsExactly(new WebhookProblem(Kind.URL_NOT_HTTPS));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.1/",
                "http://127.0.0.1.example.com/",
                "http://128.0.0.1/",
                "ftp://127.0.0.1/",
                "http://[::2]/"
            })
    void other_plain_urls_are_refused_even_with_the_flag(String url) {
        assertThat(urlProblems(DEVELOPMENT, url)).containsExactly(new WebhookProblem(Kind.URL_NOT_HTTPS));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "example.com/hooks",
                "/hooks",
                "https://",
                "https://user:pass@example.com/",
                "https://example.com/#fragment",
                "https://exa mple.com/",
                "https://example.com:99999/",
                "http://127.0.0.256/",
                "mailto:ops@example.com"
            })
    void malformed_urls_are_invalid(String url) {
        assertThat(urlProblems(DEVELOPMENT, url)).containsExactly(new WebhookProblem(Kind.INVALID_URL));
    }

    @Test
    void a_url_longer_than_the_limit_is_invalid() {
        String longest = "https://example.com/" + "a".repeat(WebhookRules.MAX_URL_LENGTH - 20);
        String tooLong = longest + "a";

        assertThat(urlProblems(STRICT, longest)).isEmpty();
        assertThat(urlProblems(STRICT, tooLong)).containsExactly(new WebhookProblem(Kind.INVALID_URL));
    }

    @Test
    void a_pluggy_event_plugboard_never_sends_is_unsupported_and_anything_else_unknown() {
        assertThat(STRICT.check(new WebhookDraft("item/updated", "https://x.example", Map.of())))
                .containsExactly(new WebhookProblem(Kind.UNSUPPORTED_EVENT, "item/updated"));
        assertThat(STRICT.check(new WebhookDraft("all", "https://x.example", Map.of())))
                .containsExactly(new WebhookProblem(Kind.UNSUPPORTED_EVENT, "all"));
        assertThat(STRICT.check(new WebhookDraft("connector/status", "https://x.example", Map.of())))
                .containsExactly(new WebhookProblem(Kind.UNKNOWN_EVENT, "connector/status"));
    }

    @Test
    void every_problem_is_reported_in_field_order() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/plain");
        headers.put("bad header", "x");

        assertThat(STRICT.check(new WebhookDraft("nope", "http://example.com", headers)))
                .containsExactly(
                        new WebhookProblem(Kind.UNKNOWN_EVENT, "nope"),
                        new WebhookProblem(Kind.URL_NOT_HTTPS),
                        new WebhookProblem(Kind.RESERVED_HEADER, "Content-Type"),
                        new WebhookProblem(Kind.INVALID_HEADER, "bad header"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "content-type",
                "Content-Length",
                "HOST",
                "Connection",
                "Expect",
                "Upgrade",
                "Transfer-Encoding",
                "X-Plugboard-Signature",
                "x-plugboard-event-id",
                "X-Plugboard-Anything"
            })
    void reserved_headers_are_refused_in_any_case(String name) {
        assertThat(STRICT.check(new WebhookDraft(EVENT, "https://x.example", Map.of(name, "v"))))
                .containsExactly(new WebhookProblem(Kind.RESERVED_HEADER, name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "não-ascii", "nul\u0000"})
    void header_values_must_be_printable_ascii(String value) {
        assertThat(STRICT.check(new WebhookDraft(EVENT, "https://x.example", Map.of("X-Key", value))))
                .containsExactly(new WebhookProblem(Kind.INVALID_HEADER, "X-Key"));
    }

    @Test
    void headers_are_at_most_ten_valid_distinct_names_with_values_up_to_the_limit() {
        Map<String, String> ten = new LinkedHashMap<>();
        for (int i = 0; i < WebhookRules.MAX_HEADERS; i++) {
            ten.put("X-Header-" + i, "value\t" + i);
        }
        Map<String, String> eleven = new LinkedHashMap<>(ten);
        eleven.put("X-Header-10", "v");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("X-Key", "a");
        twice.put("x-key", "b");

        assertThat(STRICT.check(new WebhookDraft(EVENT, "https://x.example", ten)))
                .isEmpty();
        assertThat(STRICT.check(new WebhookDraft(EVENT, "https://x.example", eleven)))
                .containsExactly(new WebhookProblem(Kind.TOO_MANY_HEADERS, "11"));
        assertThat(STRICT.check(new WebhookDraft(EVENT, "https://x.example", twice)))
                .containsExactly(new WebhookProblem(Kind.INVALID_HEADER, "x-key"));
        assertThat(STRICT.check(new WebhookDraft(
                        EVENT,
                        "https://x.example",
                        Map.of("X-Long", "a".repeat(WebhookRules.MAX_HEADER_VALUE_LENGTH + 1)))))
                .containsExactly(new WebhookProblem(Kind.INVALID_HEADER, "X-Long"));
        assertThat(STRICT.check(new WebhookDraft(
                        EVENT,
                        "https://x.example",
                        Map.of("X-Long", "a".repeat(WebhookRules.MAX_HEADER_VALUE_LENGTH)))))
                .isEmpty();
    }
}
