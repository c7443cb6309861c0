package dev.plugboard.http;

import dev.plugboard.domain.auth.Role;
import dev.plugboard.http.auth.Caller;
import dev.plugboard.http.auth.TokenKind;
import dev.plugboard.http.auth.TokenService;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ApiException;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Lets a request through only with a valid {@code X-API-KEY} (the header name is matched in any
 * case). Missing, malformed, forged and expired keys, and a key header sent twice, all get Pluggy's
 * one 403 body, which the official clients read as "authenticate again".
 */
public final class ApiKeyGuard {
    static final String HEADER = "X-API-KEY";
    private static final String CALLER = "plugboard.caller";

    private final TokenService tokens;
    private final BiConsumer<RoutingContext, UUID> authenticated;

    ApiKeyGuard(TokenService tokens) {
        this(tokens, (rc, clientId) -> rc.next());
    }

    /**
     * @param authenticated goes on with a request whose key is verified (given its client id), or
     *     refuses it (the per-credential rate limit)
     */
    ApiKeyGuard(TokenService tokens, BiConsumer<RoutingContext, UUID> authenticated) {
        this.tokens = tokens;
        this.authenticated = authenticated;
    }

    /** Accepts an API key or a connect token. */
    void anyToken(RoutingContext rc) {
        admit(rc, tokens.verify(keyOf(rc)));
    }

    /** Accepts only an application's API key: a connect token cannot mint more connect tokens. */
    void applicationKey(RoutingContext rc) {
        admit(rc, tokens.verify(keyOf(rc)).filter(c -> c.kind() == TokenKind.API_KEY), Role.APPLICATION);
    }

    /**
     * Accepts only the API key of an operator with the admin role. A valid connect token is refused
     * like a key of another role: it is authenticated, it just does not reach here.
     */
    void admin(RoutingContext rc) {
        operator(rc, tokens.verify(keyOf(rc)), Role.ADMIN);
    }

    /** Accepts the API key of an operator with the ingest role (or admin, which may do everything). */
    void ingest(RoutingContext rc) {
        Optional<Caller> caller = tokens.verify(keyOf(rc));
        boolean admin = caller.filter(c -> c.kind() == TokenKind.API_KEY && c.role() == Role.ADMIN)
                .isPresent();
        operator(rc, caller, admin ? Role.ADMIN : Role.INGEST);
    }

    private void operator(RoutingContext rc, Optional<Caller> caller, Role required) {
        if (caller.isPresent() && caller.get().kind() != TokenKind.API_KEY) {
            rc.fail(new ApiException(ApiError.FORBIDDEN_ROLE, required.wireName()));
            return;
        }
        admit(rc, caller, required);
    }

    /** A valid key whose role is not {@code required} is refused with a 403 that says so. */
    private void admit(RoutingContext rc, Optional<Caller> caller, Role required) {
        if (caller.isPresent() && caller.get().role() != required) {
            rc.fail(new ApiException(ApiError.FORBIDDEN_ROLE, required.wireName()));
            return;
        }
        admit(rc, caller);
    }

    private void admit(RoutingContext rc, Optional<Caller> caller) {
        if (caller.isEmpty()) {
            rc.fail(new ApiException(ApiError.NOT_AUTHENTICATED));
            return;
        }
        rc.put(CALLER, caller.get());
        authenticated.accept(rc, caller.get().clientId());
    }

    /**
     * The one key sent; none when the header is sent more than once, since which of them a proxy in
     * front checked cannot be known.
     */
    private static String keyOf(RoutingContext rc) {
        List<String> sent = rc.request().headers().getAll(HEADER);
        return sent.size() == 1 ? sent.getFirst() : null;
    }

    public static Caller caller(RoutingContext rc) {
        return rc.get(CALLER);
    }
}
