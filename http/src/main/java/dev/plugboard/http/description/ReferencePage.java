package dev.plugboard.http.description;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference page at {@code /docs} and the files it loads from {@code /docs/{asset}}: Swagger UI
 * from its web jar (the version on the class path, found from the jar's own Maven properties), and
 * the page and its start-up script from this jar. Each file is read once, when first asked for, and
 * kept with an entity tag so a browser revalidates instead of downloading it again.
 */
final class ReferencePage {
    /** A file of the page: its bytes, content type and entity tag. */
    record Asset(byte[] bytes, String contentType, String etag) {}

    private record Source(String resource, String contentType) {}

    static final String PAGE = "docs";
    private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/";
    private static final String SWAGGER_UI_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Map<String, Source> SOURCES = Map.of(
            PAGE,
            new Source("openapi/docs.html", "text/html; charset=utf-8"),
            "docs.js",
            new Source("openapi/docs.js", "text/javascript; charset=utf-8"),
            "swagger-ui-bundle.js",
            new Source(SWAGGER_UI + "%s/swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
            "swagger-ui.css",
            new Source(SWAGGER_UI + "%s/swagger-ui.css", "text/css; charset=utf-8"),
            "favicon.png",
            new Source(SWAGGER_UI + "%s/favicon-32x32.png", "image/png"));

    private final Map<String, Asset> read = new ConcurrentHashMap<>();

    /** Whether {@code name} is the page or one of its assets. */
    boolean serves(String name) {
        return SOURCES.containsKey(name);
    }

    /** The file if it was read already: answering then needs no worker thread. */
    Optional<Asset> ifRead(String name) {
        return Optional.ofNullable(read.get(name));
    }

    /** The file, read on the first call (which blocks: call it off the event loop). */
    Asset asset(String name) {
        Source source = SOURCES.get(name);
        if (source == null) {
            throw new IllegalArgumentException("not an asset of the reference page: " + name);
        }
        return read.computeIfAbsent(name, n -> {
            String resource = source.resource().contains("%s")
                    ? source.resource().formatted(swaggerUiVersion())
                    : source.resource();
            byte[] bytes = ApiDescription.Resources.read(resource);
            return new Asset(bytes, source.contentType(), etag(bytes));
        });
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = ReferencePage.class.getClassLoader().getResourceAsStream(SWAGGER_UI_VERSION)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI (org.webjars:swagger-ui) is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SWAGGER_UI_VERSION, e);
        }
        return properties.getProperty("version");
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static String text(Asset asset) {
        return new String(asset.bytes(), StandardCharsets.UTF_8);
    }
}
