package dev.plugboard.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body written once and sent many times: each response gets a read-only view of the
 * same bytes, so nothing is copied or allocated per request beyond the view. Its strong
 * {@code ETag} is derived from the bytes (so it changes exactly when they do), and its gzip form is
 * made on first demand and kept, when it is worth sending.
 */
final class RenderedBody {
    /** Below this, gzip's own header and trailer eat most of the saving. */
    static final int GZIP_MIN_BYTES = 256;

    private static final Base64.Encoder TAG = Base64.getUrlEncoder().withoutPadding();
    private static final Optional<RenderedBody> NOT_WORTH_IT = Optional.empty();

    /** The bytes on the heap; null when they are held off the heap only. */
    private final byte[] bytes;

    private final ByteBuf wire;
    private volatile String etag;
    private volatile Optional<RenderedBody> gzip;

    /** @param bytes the body, owned by this instance from now on (never changed after) */
    RenderedBody(byte[] bytes) {
        this.bytes = bytes;
        this.wire = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes).asReadOnly());
    }

    /**
     * A body written for one response whose tag is already known: derived from what the bytes are
     * made of (see {@link #tagOf}) rather than hashed from the bytes themselves.
     */
    RenderedBody(byte[] bytes, String etag) {
        this(bytes);
        this.etag = etag;
    }

    private RenderedBody(ByteBuffer direct) {
        this.bytes = null;
        this.wire = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct).asReadOnly());
    }

    /**
     * A body held off the heap: the socket is written from it directly, where a heap body is first
     * copied into a direct buffer by Netty on every write. For large bodies sent often (kept list
     * pages); its memory is freed with the object, by the JDK's cleaner.
     */
    static RenderedBody offHeap(byte[] bytes) {
        ByteBuffer direct;
        try {
            direct = ByteBuffer.allocateDirect(bytes.length);
        } catch (OutOfMemoryError e) {
            // The JVM's direct memory limit (-XX:MaxDirectMemorySize) is reached: the body is as
            // good on the heap, only copied once more per write.
            return new RenderedBody(bytes);
        }
        return new RenderedBody(direct.put(bytes).flip());
    }

    int length() {
        return wire.readableBytes();
    }

    /** The bytes, for splicing into larger bodies; callers must not change them (a copy when off the heap). */
    byte[] bytes() {
        return bytes != null ? bytes : ByteBufUtil.getBytes(wire);
    }

    /** A view of the bytes for one response: shares them, copies nothing. */
    Buffer buffer() {
        return BufferInternal.buffer(wire.duplicate());
    }

    /** {@code "…"}: 96 bits of the SHA-256 of the bytes, computed on first use. */
    String etag() {
        String tag = etag;
        if (tag == null) {
            tag = etagOf(bytes());
            etag = tag;
        }
        return tag;
    }

    /** The gzip form, when it is at least a tenth smaller; computed once, on first demand. */
    Optional<RenderedBody> gzip() {
        Optional<RenderedBody> compressed = gzip;
        if (compressed == null) {
            compressed = compress(bytes(), bytes == null);
            gzip = compressed;
        }
        return compressed;
    }

    static String etagOf(byte[] bytes) {
        MessageDigest sha = sha256();
        return tagOf(sha.digest(bytes));
    }

    /** {@code "…"}: the first 96 bits of a SHA-256 digest. */
    static String tagOf(byte[] digest) {
        return '"' + TAG.encodeToString(Arrays.copyOf(digest, 12)) + '"';
    }

    /** A SHA-256 digest of this thread, reset: made once per thread, not looked up per use. */
    static MessageDigest sha256() {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        return sha;
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    private static Optional<RenderedBody> compress(byte[] bytes, boolean offHeap) {
        if (bytes.length < GZIP_MIN_BYTES) {
            return NOT_WORTH_IT;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        // Made once and sent many times: the best compression is worth its one-off cost.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        byte[] compressed = out.toByteArray();
        if (compressed.length > bytes.length * 9L / 10) {
            return NOT_WORTH_IT;
        }
        return Optional.of(offHeap ? offHeap(compressed) : new RenderedBody(compressed));
    }
}
