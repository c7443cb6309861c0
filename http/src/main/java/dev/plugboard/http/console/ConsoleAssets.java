package dev.plugboard.http.console;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the web console from the jar's {@code console/} resources, without authentication (the
 * files hold nothing secret; every API call the page makes carries the key its user signed in
 * with). Every console page is the one {@code index.html}, which routes in the browser, so a
 * shared address opens the same view. A file is read on its first request, on a worker thread,
 * and kept in memory: the server's start reads none of them.
 */
public final class ConsoleAssets {
    /**
     * Scripts, styles and fonts only from the server itself and no inline script or style, so text
     * taken from the catalog can never run; images from anywhere, since connectors' logos live on
     * other hosts.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src * data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Revalidated on every use (with the ETag): the names are stable, so an upgrade must show at once. */
    static final String CACHE_CONTROL = "no-cache";

    /** The addresses of the console's pages; each is answered with {@code index.html}. */
    private static final Pattern PAGE =
            Pattern.compile("/console(?:/|/connectors/[0-9]{1,10}(?:/edit)?|/import|/audit)?");

    private static final Pattern ASSET = Pattern.compile("/console/assets/([a-z0-9-]{1,64}\\.(js|css|svg))");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    private final ClassLoader resources;
    private final ConcurrentMap<String, Asset> loaded = new ConcurrentHashMap<>();

    /** One file, read whole, with the ETag of its bytes. */
    record Asset(Buffer body, String contentType, String etag) {}

    public ConsoleAssets() {
        this(ConsoleAssets.class.getClassLoader());
    }

    ConsoleAssets(ClassLoader resources) {
        this.resources = resources;
    }

    /** {@code GET /console} and {@code GET /console/*}: a page, a file, or the router's 404. */
    public void serve(RoutingContext rc) {
        String path = rc.request().path();
        Matcher asset = ASSET.matcher(path);
        String resource;
        if (PAGE.matcher(path).matches()) {
            resource = "console/index.html";
        } else if (asset.matches()) {
            resource = "console/assets/" + asset.group(1);
        } else {
            rc.next();
            return;
        }
        Asset cached = loaded.get(resource);
        if (cached != null) {
            answer(rc, cached);
            return;
        }
        rc.vertx()
                .executeBlocking(() -> read(resource))
                .onSuccess(found -> found.ifPresentOrElse(
                        file -> answer(rc, loaded.computeIfAbsent(resource, name -> file)), rc::next))
                .onFailure(rc::fail);
    }

    private Optional<Asset> read(String resource) {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            return Optional.of(new Asset(Buffer.buffer(bytes), CONTENT_TYPES.get(extension), etag(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the console file " + resource, e);
        }
    }

    private static void answer(RoutingContext rc, Asset asset) {
        HttpServerResponse response = rc.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .putHeader(HttpHeaders.ETAG, asset.etag())
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), asset.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType()).end(asset.body());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(tag -> tag.equals(etag));
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
