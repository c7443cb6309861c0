package dev.plugboard.http.description;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code GET /openapi.json}, {@code GET /openapi.yaml}, {@code GET /docs} and
 * {@code GET /docs/{asset}}: no key is needed. The first request for each file reads it on a
 * worker thread; later ones are answered from memory on the event loop.
 */
public final class ApiDescriptionHandlers {
    /**
     * The page loads only what this server serves, so it works without the internet; Swagger UI
     * styles its elements inline, hence {@code 'unsafe-inline'} for styles only.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json; charset=utf-8");
    private static final CharSequence YAML = HttpHeaders.createOptimized("application/yaml; charset=utf-8");

    private final ApiDescription description;
    private final ReferencePage page = new ReferencePage();

    public ApiDescriptionHandlers(ApiDescription description) {
        this.description = description;
    }

    /** {@code GET /openapi.json}. */
    public void json(RoutingContext rc) {
        withForms(rc, forms -> document(rc, JSON, forms.json()));
    }

    /** {@code GET /openapi.yaml}: the document as written. */
    public void yaml(RoutingContext rc) {
        withForms(rc, forms -> document(rc, YAML, forms.yaml()));
    }

    /** {@code GET /docs}: the reference page. */
    public void page(RoutingContext rc) {
        withAsset(rc, ReferencePage.PAGE, asset -> {
            rc.response().putHeader("Content-Security-Policy", PAGE_POLICY);
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType());
            rc.response().end(Buffer.buffer(asset.bytes()));
        });
    }

    /** {@code GET /docs/{asset}}: a file of the page, revalidated by its entity tag. */
    public void asset(RoutingContext rc) {
        String name = rc.pathParam("asset");
        if (name.equals(ReferencePage.PAGE) || !page.serves(name)) {
            rc.fail(404);
            return;
        }
        withAsset(rc, name, asset -> {
            HttpServerResponse response = rc.response()
                    .putHeader(HttpHeaders.ETAG, asset.etag())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            if (ReferencePage.matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), asset.etag())) {
                response.setStatusCode(304).end();
                return;
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType()).end(Buffer.buffer(asset.bytes()));
        });
    }

    private static void document(RoutingContext rc, CharSequence contentType, byte[] body) {
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                // Tools in a browser (editors, client generators) may fetch it from another origin.
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .end(Buffer.buffer(body));
    }

    private void withForms(RoutingContext rc, Consumer<ApiDescription.Forms> answer) {
        whenRead(rc, description.ifRead(), description::forms, answer);
    }

    private void withAsset(RoutingContext rc, String name, Consumer<ReferencePage.Asset> answer) {
        whenRead(rc, page.ifRead(name), () -> page.asset(name), answer);
    }

    private static <T> void whenRead(RoutingContext rc, Optional<T> read, Callable<T> reader, Consumer<T> answer) {
        if (read.isPresent()) {
            answer.accept(read.get());
            return;
        }
        rc.vertx().executeBlocking(reader).onSuccess(answer::accept).onFailure(rc::fail);
    }
}
