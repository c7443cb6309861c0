package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RenderedBodyTest {
    private static final byte[] JSON =
            ("{\"results\":[" + "{\"id\":1,\"name\":\"Banco\"},".repeat(40) + "{}]}").getBytes(StandardCharsets.UTF_8);

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void every_response_gets_its_own_view_of_the_same_bytes_on_or_off_the_heap() {
        for (RenderedBody body : new RenderedBody[] {new RenderedBody(JSON.clone()), RenderedBody.offHeap(JSON)}) {
            Buffer first = body.buffer();
            Buffer second = body.buffer();

            assertThat(first.getBytes()).isEqualTo(JSON);
            assertThat(second.getBytes()).isEqualTo(JSON);
            assertThat(body.length()).isEqualTo(JSON.length);
            assertThat(body.bytes()).isEqualTo(JSON);
        }
    }

    @Test
    void tags_the_bytes_with_96_bits_of_their_sha256_the_same_on_or_off_the_heap() {
        assertThat(new RenderedBody(new byte[0]).etag()).isEqualTo("\"47DEQpj8HBSa-_TI\"");
        assertThat(RenderedBody.offHeap(JSON).etag()).isEqualTo(new RenderedBody(JSON.clone()).etag());
    }

    @Test
    void compresses_once_and_only_when_it_pays_off() throws IOException {
        RenderedBody body = RenderedBody.offHeap(JSON);

        RenderedBody gzip = body.gzip().orElseThrow();

        assertThat(body.gzip()).containsSame(gzip);
        assertThat(gunzip(gzip.bytes())).isEqualTo(JSON);
        assertThat(gzip.length()).isLessThan(JSON.length / 4);
        assertThat(new RenderedBody(new byte[RenderedBody.GZIP_MIN_BYTES - 1]).gzip())
                .isEmpty();
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        assertThat(new RenderedBody(random).gzip()).isEmpty();
    }
}
