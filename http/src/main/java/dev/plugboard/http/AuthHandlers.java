package dev.plugboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.domain.Secret;
import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.Authentication;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.overload.BlockingWork;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.JsonBodies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.UUID;

/** {@code POST /auth} and {@code POST /connect_token}. */
final class AuthHandlers {
    private final Applications applications;
    private final TokenService tokens;

    AuthHandlers(Applications applications, TokenService tokens) {
        this.applications = applications;
        this.tokens = tokens;
    }

    /**
     * {@code POST /auth} ({@code auth-create}): {@code {clientId, clientSecret, nonExpiring?}} to
     * {@code {apiKey}}. The secret check reads the database, so it runs on a worker thread.
     * {@code nonExpiring} is accepted and ignored: every key lives two hours, and the official
     * SDKs renew it by themselves.
     */
    void createApiKey(RoutingContext rc) {
        JsonNode body =
                jsonObject(rc).orElseThrow(() -> new ApiException(ApiError.MALFORMED_JSON, "the body is empty."));
        String clientId = requiredString(body, "clientId");
        Secret clientSecret = Secret.of(requiredString(body, "clientSecret"));
        JsonNode nonExpiring = body.get("nonExpiring");
        if (nonExpiring != null && !nonExpiring.isNull() && !nonExpiring.isBoolean()) {
            throw new ApiException(ApiError.INVALID_FIELD, "nonExpiring", "must be true or false");
        }
        Optional<UUID> id = uuid(clientId);
        if (id.isEmpty()) {
            throw new ApiException(ApiError.CLIENT_KEYS_UNAUTHORIZED);
        }
        BlockingWork.submit(rc, () -> applications.authenticate(id.get(), clientSecret))
                .onSuccess(result -> answerAuthentication(rc, result))
                .onFailure(rc::fail);
    }

    private void answerAuthentication(RoutingContext rc, Authentication result) {
        switch (result.outcome()) {
            case AUTHENTICATED -> {
                Application application = result.application().orElseThrow();
                token(rc, "apiKey", tokens.issue(application.clientId(), application.role(), TokenKind.API_KEY));
            }
            case DISABLED -> rc.fail(new ApiException(ApiError.CLIENT_DISABLED));
            case INVALID_KEYS -> rc.fail(new ApiException(ApiError.CLIENT_KEYS_UNAUTHORIZED));
        }
    }

    /**
     * {@code POST /connect_token} ({@code connect-token-create}): an API key buys a 30-minute
     * connect token. Plugboard holds no items, so an {@code itemId} is always a 404.
     */
    void createConnectToken(RoutingContext rc) {
        // A JSON null is no body: a generated client sends it for an absent optional request body.
        Optional<JsonNode> body = jsonObject(rc).filter(node -> !node.isNull());
        if (body.isPresent()) {
            JsonNode itemId = body.get().get("itemId");
            if (itemId != null && !itemId.isNull()) {
                if (!itemId.isTextual() || uuid(itemId.asText()).isEmpty()) {
                    throw new ApiException(ApiError.INVALID_FIELD, "itemId", "must be a UUID");
                }
                throw new ApiException(ApiError.ITEM_NOT_FOUND);
            }
            JsonNode options = body.get().get("options");
            if (options != null && !options.isNull() && !options.isObject()) {
                throw new ApiException(ApiError.INVALID_FIELD, "options", "must be an object");
            }
        }
        token(rc, "accessToken", tokens.issue(ApiKeyGuard.caller(rc).clientId(), TokenKind.CONNECT_TOKEN));
    }

    private static void token(RoutingContext rc, String field, String token) {
        Responses.json(rc, 200, new JsonObject().put(field, token).toBuffer());
    }

    /** The body as a JSON object, or empty when there is no body at all. */
    private static Optional<JsonNode> jsonObject(RoutingContext rc) {
        Buffer buffer = rc.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            return Optional.empty();
        }
        if (!JsonBodies.isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            throw new ApiException(ApiError.INVALID_CONTENT_TYPE);
        }
        return Optional.of(JsonBodies.readObjectOrNull(buffer.getBytes()));
    }

    private static String requiredString(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new ApiException(ApiError.INVALID_FIELD, field, "is required");
        }
        if (!value.isTextual()) {
            throw new ApiException(ApiError.INVALID_FIELD, field, "must be a string");
        }
        return value.asText();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            UUID parsed = UUID.fromString(text);
            return parsed.toString().equalsIgnoreCase(text) ? Optional.of(parsed) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
