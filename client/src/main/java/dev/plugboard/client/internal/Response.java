package dev.plugboard.client.internal;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/** An answer that arrived whole: status, headers and the body as text. */
public record Response(int status, HttpHeaders headers, String body) {
    public static final String REQUEST_ID = "X-Request-Id";

    public Response {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
