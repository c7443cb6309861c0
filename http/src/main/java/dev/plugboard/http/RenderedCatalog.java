package dev.plugboard.http;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.catalog.ConnectorPage;
import dev.plugboard.domain.catalog.ConnectorQuery;
import dev.plugboard.domain.catalog.NoSuchConnectorException;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.HealthPolicy;
import dev.plugboard.domain.health.HealthSnapshot;
import dev.plugboard.domain.health.HealthView;
import dev.plugboard.http.wire.ConnectorWriter;
import dev.plugboard.http.wire.ConnectorWriter.HealthDetails;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * A catalog snapshot and a health snapshot with every connector already written as JSON bytes. Each
 * connector keeps its plain body and only the {@code health.details} fragment of the detailed one
 * (with a gap for the caller's own {@code connectionsLast6Hours}, the only part written per
 * request), spliced into the plain bytes at a known offset: one copy of the connector, not two.
 * Built off the request path whenever the catalog or the health changes, reusing the bytes of
 * connectors whose definition and health did not change; a retrieve then costs a lookup by position
 * in the snapshot, and a repeated list search one in {@link RenderedPages}.
 */
final class RenderedCatalog {
    private static final byte[] CALLER_MARK =
            Long.toString(HealthDetails.CALLER).getBytes(StandardCharsets.US_ASCII);

    /**
     * One connector's details fragment: detailed = plain[0, detailsAt) + detailsHead + count +
     * detailsTail + plain[detailsAt, end). {@code template} is the SHA-256 of everything but the
     * count, so the detailed bytes' tag is the digest of the template and the count: it changes
     * exactly when the bytes do, without hashing the whole body on every request.
     */
    private record Details(int detailsAt, byte[] detailsHead, byte[] detailsTail, byte[] template) {}

    private record Detailed(long count, RenderedBody body) {}

    /**
     * One connector: its plain body, written when the catalog or its served status changes, and its
     * details fragment, written the first time a caller asks for {@code healthDetails=true} and
     * kept until its health view changes. The view's window moves every minute: written eagerly,
     * the fragments of a catalog of 100,000 connectors were all written again each minute, whether
     * anyone asked for them or not (about 70 MB, copied into the old generation in young pauses).
     */
    private static final class Bodies {
        final Connector source;
        /** Null before the first health refresh: the connector shows its catalog health. */
        final HealthView view;

        final RenderedBody plain;
        /** The policy the details show: a whole health snapshot kept here would keep every view of it alive. */
        private final HealthPolicy policy;
        /** Written at most a few times over (callers racing on the first request): always the same bytes. */
        private volatile Details details;

        /**
         * The detailed body last answered, with the count it holds: the next caller with the same
         * count (the same caller, most often) gets it as it is, without splicing or hashing again.
         */
        private volatile Detailed lastDetailed;

        // Only what a connector's bytes are made of is kept, not the connector as served (a copy
        // of the connector with its health): kept for 100,000 connectors, the copies were rebuilt
        // every minute with the window, and copied into the old generation.
        Bodies(Connector source, HealthView view, RenderedBody plain, HealthPolicy policy) {
            this.source = source;
            this.view = view;
            this.plain = plain;
            this.policy = policy;
        }

        Details details() {
            Details written = details;
            if (written == null) {
                written = writeDetails(served(source, view), Optional.ofNullable(view), policy, plain.bytes());
                details = written;
            }
            return written;
        }

        int detailedLength(byte[] count) {
            Details d = details();
            return plain.length() + d.detailsHead().length + count.length + d.detailsTail().length;
        }

        int writeDetailed(byte[] out, int at, byte[] count) {
            Details d = details();
            byte[] bytes = plain.bytes();
            int to = put(out, at, bytes, 0, d.detailsAt());
            to = put(out, to, d.detailsHead(), 0, d.detailsHead().length);
            to = put(out, to, count, 0, count.length);
            to = put(out, to, d.detailsTail(), 0, d.detailsTail().length);
            return put(out, to, bytes, d.detailsAt(), bytes.length - d.detailsAt());
        }
    }

    private final CatalogSnapshot snapshot;
    private final HealthSnapshot health;
    /** One per connector, at the connector's {@link CatalogSnapshot#position}: no map entry each. */
    private final Bodies[] bodies;

    private final RenderedPages pages;

    private RenderedCatalog(CatalogSnapshot snapshot, HealthSnapshot health, Bodies[] bodies, RenderedPages pages) {
        this.snapshot = snapshot;
        this.health = health;
        this.bodies = bodies;
        this.pages = pages;
    }

    /**
     * Renders what changed since {@code previous}. A connector whose definition and served status
     * are the same keeps its plain bytes (and so their ETag and gzip form) even when its health
     * details moved, as they do every minute with the window; only the details are written again.
     * When the catalog snapshot is the same and every plain body was kept, the list bodies kept so
     * far are still exact, and are kept too.
     */
    static RenderedCatalog of(CatalogSnapshot snapshot, HealthSnapshot health, Optional<RenderedCatalog> previous) {
        boolean samePolicy =
                previous.isPresent() && previous.get().health.policy().equals(health.policy());
        boolean sameSnapshot = previous.isPresent() && previous.get().snapshot == snapshot;
        Bodies[] bodies = new Bodies[snapshot.size()];
        boolean allPlainKept = true;
        int position = 0;
        for (Connector connector : snapshot.connectors()) {
            HealthView view = health.views().get(connector.id());
            Bodies reused = previous.isEmpty()
                    ? null
                    : sameSnapshot
                            ? previous.get().bodies[position]
                            : previous.get().body(connector.id());
            boolean samePlain = reused != null
                    && (reused.source == connector || reused.source.equals(connector))
                    && statusOf(reused.view) == statusOf(view);
            allPlainKept &= samePlain;
            Bodies next;
            if (samePlain && samePolicy && Objects.equals(reused.view, view)) {
                next = reused;
            } else {
                next = render(connector, view, health, samePlain ? Optional.of(reused.plain) : Optional.empty());
            }
            bodies[position++] = next;
        }
        boolean samePages = allPlainKept && sameSnapshot;
        // Never changed after this point, and published through CatalogView's AtomicReference.
        return new RenderedCatalog(snapshot, health, bodies, samePages ? previous.get().pages : new RenderedPages());
    }

    /** The connector's bodies, or null when the catalog has no such id. */
    private Bodies body(long id) {
        int at = snapshot.position(id);
        return at < 0 ? null : bodies[at];
    }

    /** @param keptPlain the plain body written before, still exact */
    private static Bodies render(
            Connector connector, HealthView view, HealthSnapshot health, Optional<RenderedBody> keptPlain) {
        RenderedBody plainBody = keptPlain.orElseGet(
                () -> new RenderedBody(ConnectorWriter.toBytes(served(connector, view), Optional.empty())));
        return new Bodies(connector, view, plainBody, health.policy());
    }

    /** The connector as served: with the status of its health view, when there is one. */
    private static Connector served(Connector connector, HealthView view) {
        return view == null
                ? connector
                : connector.withHealth(
                        new ConnectorHealth(view.status(), connector.health().stage()));
    }

    private static HealthStatus statusOf(HealthView view) {
        return view == null ? null : view.status();
    }

    private static Details writeDetails(
            Connector served, Optional<HealthView> view, HealthPolicy policy, byte[] plain) {
        HealthDetails details = view.map(v -> new HealthDetails(
                        v.stats().connectionRate(),
                        HealthDetails.CALLER,
                        v.error(),
                        Optional.of(v.stats()),
                        Optional.of(policy)))
                .orElse(new HealthDetails(
                        OptionalDouble.empty(),
                        HealthDetails.CALLER,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        byte[] detailed = ConnectorWriter.toBytes(served, Optional.of(details));
        // The details are one insertion into the plain bytes: where they first differ, until the
        // plain bytes' remainder closes the detailed ones.
        int at = Arrays.mismatch(plain, detailed);
        int fragmentEnd = detailed.length - (plain.length - at);
        if (at < 0
                || fragmentEnd < at
                || !Arrays.equals(plain, at, plain.length, detailed, fragmentEnd, detailed.length)) {
            throw new IllegalStateException("the health details are not one insertion into connector " + served.id());
        }
        byte[] fragment = Arrays.copyOfRange(detailed, at, fragmentEnd);
        int mark = indexOf(fragment, CALLER_MARK);
        byte[] head = Arrays.copyOfRange(fragment, 0, mark);
        byte[] tail = Arrays.copyOfRange(fragment, mark + CALLER_MARK.length, fragment.length);
        MessageDigest template = RenderedBody.sha256();
        template.update(plain);
        template.update(ByteBuffer.allocate(12)
                .putInt(at)
                .putInt(head.length)
                .putInt(tail.length)
                .flip());
        template.update(head);
        template.update(tail);
        return new Details(at, head, tail, template.digest());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("the caller's count was not written");
    }

    CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** One connector; with details, {@code connectionsLast6Hours} is the caller's own count. */
    RenderedBody connector(long id, boolean healthDetails, UUID caller) {
        Bodies body = body(id);
        if (body == null) {
            throw new NoSuchConnectorException(id);
        }
        if (!healthDetails) {
            return body.plain;
        }
        long connections = health.connections((int) id, caller);
        Detailed kept = body.lastDetailed;
        if (kept != null && kept.count() == connections) {
            return kept.body();
        }
        byte[] count = count(connections);
        byte[] out = new byte[body.detailedLength(count)];
        body.writeDetailed(out, 0, count);
        MessageDigest tag = RenderedBody.sha256();
        tag.update(body.details().template());
        tag.update(count);
        RenderedBody detailed = new RenderedBody(out, RenderedBody.tagOf(tag.digest()));
        body.lastDetailed = new Detailed(connections, detailed);
        return detailed;
    }

    /**
     * {@code {"page":…,"total":…,"totalPages":…,"results":[…]}}, Pluggy's field order: without
     * details, the kept body of the same query when there is one.
     */
    RenderedBody page(ConnectorQuery query, boolean healthDetails, UUID caller) {
        if (!healthDetails) {
            return pages.get(query, q -> RenderedBody.offHeap(write(snapshot.search(q), null)));
        }
        ConnectorPage page = snapshot.search(query);
        return new RenderedBody(write(page, caller), detailedTag(page, caller));
    }

    /**
     * The tag of a detailed page: the digest of its head, and of each connector's template and
     * count, in order; like a single connector's, exact without hashing the whole body.
     */
    private String detailedTag(ConnectorPage page, UUID caller) {
        MessageDigest tag = RenderedBody.sha256();
        tag.update(ByteBuffer.allocate(16)
                .putInt(page.page())
                .putInt(page.total())
                .putInt(page.totalPages())
                .putInt(page.results().size())
                .flip());
        for (Connector connector : page.results()) {
            tag.update(body(connector.id()).details().template());
            byte[] count = count(connector.id(), caller);
            tag.update((byte) count.length);
            tag.update(count);
        }
        return RenderedBody.tagOf(tag.digest());
    }

    /** How many list bodies are kept now. */
    int keptPages() {
        return pages.size();
    }

    /** Bytes held for one connector's bodies once its details were asked for (plain, and the details fragment). */
    int heldBytes(int id) {
        Bodies body = body(id);
        Details details = body.details();
        return body.plain.length() + details.detailsHead().length + details.detailsTail().length;
    }

    /** Whether a connector's details fragment has been written (for a caller that asked for it). */
    boolean detailsWritten(int id) {
        return body(id).details != null;
    }

    /** Writes the page into one array of exactly its size; {@code caller} null for no details. */
    private byte[] write(ConnectorPage page, UUID caller) {
        byte[] head = ("{\"page\":" + page.page() + ",\"total\":" + page.total() + ",\"totalPages\":"
                        + page.totalPages() + ",\"results\":[")
                .getBytes(StandardCharsets.UTF_8);
        List<Connector> results = page.results();
        Bodies[] parts = new Bodies[results.size()];
        byte[][] counts = new byte[results.size()][];
        int length = head.length + Math.max(0, results.size() - 1) + 2;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = body(results.get(i).id());
            if (caller == null) {
                length += parts[i].plain.length();
            } else {
                counts[i] = count(results.get(i).id(), caller);
                length += parts[i].detailedLength(counts[i]);
            }
        }
        byte[] out = new byte[length];
        int at = put(out, 0, head, 0, head.length);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            byte[] plain = parts[i].plain.bytes();
            at = caller == null ? put(out, at, plain, 0, plain.length) : parts[i].writeDetailed(out, at, counts[i]);
        }
        out[at++] = ']';
        out[at] = '}';
        return out;
    }

    private byte[] count(int id, UUID caller) {
        return count(health.connections(id, caller));
    }

    private static byte[] count(long connections) {
        return Long.toString(connections).getBytes(StandardCharsets.US_ASCII);
    }

    private static int put(byte[] out, int at, byte[] from, int offset, int length) {
        System.arraycopy(from, offset, out, at, length);
        return at + length;
    }
}
