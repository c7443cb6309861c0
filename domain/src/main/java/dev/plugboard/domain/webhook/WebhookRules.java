package dev.plugboard.domain.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a subscription must look like. The URL is {@code https}, or {@code http} to a loopback
 * address (127.0.0.0/8, ::1, {@code localhost}) when the development flag allows it; no name is
 * resolved, so a check never waits on DNS. Headers are at most {@value #MAX_HEADERS}, valid HTTP,
 * printable ASCII, and none Plugboard sets itself or the HTTP client controls.
 *
 * <p>Unlike Pluggy, which refuses internal and private hosts, Plugboard accepts any {@code https}
 * host: it is self-hosted, and receivers on the operator's own network are the common case.
 */
public final class WebhookRules {
    public static final int MAX_HEADERS = 10;
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_HEADER_VALUE_LENGTH = 1024;
    /** Headers of every delivery, or of the HTTP exchange itself; lower case. */
    public static final Set<String> RESERVED_HEADERS = Set.of(
            "content-type",
            "content-length",
            "host",
            "connection",
            "expect",
            "upgrade",
            "transfer-encoding",
            "x-plugboard-event-id",
            "x-plugboard-signature");
    /** Any header starting so is refused too: Plugboard may add more of its own. */
    public static final String RESERVED_PREFIX = "x-plugboard-";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VALUE = Pattern.compile("[\\x20-\\x7E\\t]*");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final boolean allowHttpLoopback;

    /** @param allowHttpLoopback the development flag: accept {@code http} to this machine */
    public WebhookRules(boolean allowHttpLoopback) {
        this.allowHttpLoopback = allowHttpLoopback;
    }

    /** Every problem of {@code draft}, in field order (event, url, headers); empty when it is valid. */
    public List<WebhookProblem> check(WebhookDraft draft) {
        List<WebhookProblem> problems = new ArrayList<>();
        if (event(draft.event()).isEmpty()) {
            problems.add(new WebhookProblem(
                    WebhookEvent.PLUGGY_EVENTS.contains(draft.event())
                            ? WebhookProblem.Kind.UNSUPPORTED_EVENT
                            : WebhookProblem.Kind.UNKNOWN_EVENT,
                    draft.event()));
        }
        url(draft.url()).ifPresent(kind -> problems.add(new WebhookProblem(kind)));
        problems.addAll(headers(draft.headers()));
        return List.copyOf(problems);
    }

    /** The event a wire name subscribes to; empty for anything Plugboard does not send. */
    public static Optional<WebhookEvent> event(String text) {
        return WebhookEvent.fromWire(text);
    }

    private Optional<WebhookProblem.Kind> url(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of(WebhookProblem.Kind.INVALID_URL);
        }
        if (text.length() > MAX_URL_LENGTH
                || !uri.isAbsolute()
                || uri.getHost() == null
                || uri.getPort() > 65535
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of(WebhookProblem.Kind.INVALID_URL);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && allowHttpLoopback && isLoopback(uri));
        return allowed ? Optional.empty() : Optional.of(WebhookProblem.Kind.URL_NOT_HTTPS);
    }

    /** Whether the host is this machine, judged from its text alone (no DNS). */
    static boolean isLoopback(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || IPV4_LOOPBACK.matcher(host).matches()) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            try {
                // A literal: parsed, never looked up.
                return InetAddress.getByName(host.substring(1, host.length() - 1))
                        .isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static List<WebhookProblem> headers(Map<String, String> headers) {
        List<WebhookProblem> problems = new ArrayList<>();
        if (headers.size() > MAX_HEADERS) {
            problems.add(new WebhookProblem(WebhookProblem.Kind.TOO_MANY_HEADERS, String.valueOf(headers.size())));
        }
        Set<String> seen = new HashSet<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!TOKEN.matcher(name).matches() || !seen.add(lower) || !validValue(value)) {
                problems.add(new WebhookProblem(WebhookProblem.Kind.INVALID_HEADER, name));
            } else if (RESERVED_HEADERS.contains(lower) || lower.startsWith(RESERVED_PREFIX)) {
                problems.add(new WebhookProblem(WebhookProblem.Kind.RESERVED_HEADER, name));
            }
        });
        return problems;
    }

    private static boolean validValue(String value) {
        return value.length() <= MAX_HEADER_VALUE_LENGTH && VALUE.matcher(value).matches();
    }
}
