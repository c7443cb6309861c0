package dev.plugboard.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plugboard.client.ApiKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs calls for a client: sends them with the current API key, renews a rejected key once and
 * sends again, and turns the answer into a record or the exception its status means.
 */
public final class Session implements AutoCloseable {
    private final Transport transport;
    private final Clock clock;
    private final ApiKeys keys;

    /**
     * @param given a key to start with (an API key or a connect token obtained elsewhere)
     * @param authBody the {@code POST /auth} body built from the client keys, when there are keys
     */
    public Session(ClientSettings settings, Optional<ApiKey> given, Optional<String> authBody, Duration refreshMargin) {
        this.transport = new Transport(settings);
        this.clock = settings.clock();
        this.keys = new ApiKeys(
                given,
                authBody.map(body -> () -> anonymous(Call.post("/auth", body, true), WireReader::apiKey)),
                clock,
                refreshMargin);
    }

    /** A call that needs no key ({@code POST /auth}). */
    public <T> T anonymous(Call call, Function<JsonNode, T> reader) {
        return read(call, transport.exchange(call), reader);
    }

    /** A call sent with the API key, renewed once if the server rejects it. */
    public <T> T authorized(Call call, Function<JsonNode, T> reader) {
        String key = keys.current();
        Response response = transport.exchange(call.withApiKey(key));
        if (response.status() == 403 && keys.renewable()) {
            response = transport.exchange(call.withApiKey(keys.renewAfterRejection(key)));
        }
        return read(call, response, reader);
    }

    /** A new API key, now; it is used by the calls that follow. */
    public ApiKey authenticate() {
        if (!keys.renewable()) {
            throw new IllegalStateException(
                    "authenticate() needs clientId and clientSecret; this client was built with an apiKey only");
        }
        return keys.renew();
    }

    private <T> T read(Call call, Response response, Function<JsonNode, T> reader) {
        if (!response.successful()) {
            throw ErrorAnswers.exception(call, response, clock);
        }
        try {
            return reader.apply(Json.parse(response.body()));
        } catch (UnreadableAnswerException e) {
            throw ErrorAnswers.unreadable(call, response, e);
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
