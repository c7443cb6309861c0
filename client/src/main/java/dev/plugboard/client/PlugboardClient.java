package dev.plugboard.client;

import dev.plugboard.client.internal.Call;
import dev.plugboard.client.internal.PagingIterator;
import dev.plugboard.client.internal.Session;
import dev.plugboard.client.internal.WireReader;
import dev.plugboard.client.internal.WireWriter;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A client of Pluggy's Connector API, for Pluggy itself ({@code https://api.pluggy.ai}) or for a
 * Plugboard. Build one with {@link #builder()} and share it: it is immutable and thread-safe.
 *
 * <p>With client keys it gets an API key on first use, renews it before its {@code exp}, and once
 * when the server rejects it (403). Idempotent calls (everything but {@link #createConnectToken})
 * are retried on connection failures, 5xx and 429, with capped exponential backoff and jitter, or
 * after the {@code Retry-After} the server asked for. Failures are {@link PlugboardClientException}s.
 */
public final class PlugboardClient implements AutoCloseable {
    /** Connectors fetched per request by {@link #connectorsIterator} when the query sets no page size. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final Session session;
    private final String description;

    PlugboardClient(Session session, String description) {
        this.session = session;
        this.description = description;
    }

    public static PlugboardClientBuilder builder() {
        return new PlugboardClientBuilder();
    }

    /** {@code GET /connectors/{id}}: one connector; {@link NotFoundException} when there is none. */
    public Connector connectorRetrieve(int id, boolean healthDetails) {
        String path = "/connectors/" + connectorId(id) + (healthDetails ? "?healthDetails=true" : "");
        return session.authorized(Call.get(path), WireReader::connector);
    }

    /** {@code GET /connectors/{id}} without health details. */
    public Connector connectorRetrieve(int id) {
        return connectorRetrieve(id, false);
    }

    /** {@code GET /connectors}: the page of connectors the query asks for. */
    public ConnectorPage connectorsList(ConnectorQuery query) {
        Objects.requireNonNull(query, "query");
        return session.authorized(Call.get("/connectors" + WireWriter.query(query)), WireReader::connectorPage);
    }

    /**
     * Every connector the query matches, fetched a page at a time ({@link #DEFAULT_PAGE_SIZE} unless
     * the query sets a page size) as the iterator is consumed, from the query's page or the first.
     */
    public Iterator<Connector> connectorsIterator(ConnectorQuery query) {
        Objects.requireNonNull(query, "query");
        ConnectorQuery sized = query.pageSize().isPresent() ? query : query.pageSize(DEFAULT_PAGE_SIZE);
        return new PagingIterator(sized.page().orElse(1), page -> connectorsList(sized.page(page)));
    }

    /** {@link #connectorsIterator} as a sequential, lazily fetched stream. */
    public Stream<Connector> connectorsStream(ConnectorQuery query) {
        Spliterator<Connector> pages = Spliterators.spliteratorUnknownSize(
                connectorsIterator(query), Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(pages, false);
    }

    /**
     * {@code POST /connectors/{id}/validate}: checks credential values against the connector's
     * rules. An invalid value is not an exception: the result lists every failing parameter.
     */
    public ValidationResult connectorsValidate(int id, Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        parameters.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new IllegalArgumentException("parameters must not hold null names or values, got a null for "
                        + (name == null ? "a name" : "'" + name + "'"));
            }
        });
        Call call =
                Call.post("/connectors/" + connectorId(id) + "/validate", WireWriter.parametersBody(parameters), true);
        return session.authorized(call, WireReader::validationResult);
    }

    /**
     * {@code POST /auth}: a new API key, now, which the calls that follow use. Calls authenticate
     * by themselves; this is for checking client keys early or for handing a key to another party.
     */
    public ApiKey authenticate() {
        return session.authenticate();
    }

    /** {@code POST /connect_token}: a connect token for a front end. Never retried. */
    public ConnectToken createConnectToken() {
        return createConnectToken(ConnectTokenOptions.none());
    }

    /** {@code POST /connect_token} with an item to update or the widget's options. Never retried. */
    public ConnectToken createConnectToken(ConnectTokenOptions options) {
        Objects.requireNonNull(options, "options");
        Call call = Call.post("/connect_token", WireWriter.connectTokenBody(options), false);
        return session.authorized(call, WireReader::connectToken);
    }

    /** Releases the HTTP client's threads once calls in flight are done; the client is then unusable. */
    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return description;
    }

    private static int connectorId(int id) {
        if (id < 0) {
            throw new IllegalArgumentException("a connector id is 0 or more, got " + id);
        }
        return id;
    }
}
