package dev.plugboard.http;

import dev.plugboard.http.wire.ApiError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.Optional;

/**
 * Checks what the router would otherwise stumble on, before it sees a request: HTTP/1.1's one
 * valid {@code Host} header (RFC 9112 §3.2), and a URL of printable ASCII whose path has only
 * whole percent escapes. The query string's escapes are left to {@link dev.plugboard.http.wire.QueryString},
 * which names the parameter.
 */
final class FrontDoor {
    private FrontDoor() {}

    /** Why the request is refused, or empty when it may be routed. */
    static Optional<ApiError> refusal(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_1_1
                && (request.headers().getAll(HttpHeaders.HOST).size() != 1 || request.authority() == null)) {
            return Optional.of(ApiError.INVALID_HOST);
        }
        return validUrl(request.uri()) ? Optional.empty() : Optional.of(ApiError.INVALID_URL);
    }

    static boolean validUrl(String uri) {
        int query = uri.indexOf('?');
        int pathEnd = query < 0 ? uri.length() : query;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
            if (c == '%' && i < pathEnd && !(hex(uri, i + 1, pathEnd) && hex(uri, i + 2, pathEnd))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(String text, int index, int end) {
        return index < end && text.charAt(index) < 0x80 && Character.digit(text.charAt(index), 16) >= 0;
    }
}
