package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.http.HttpSettings;
import dev.plugboard.http.wire.ApiError;
import dev.plugboard.http.wire.ErrorBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application applies the configured header timeout and the HTTP limits: a silent
 * connection is closed, and a URL over the limit gets its 414 in the error envelope.
 */
class SlowClientIT {
    @TempDir
    Path dataDir;

    @Test
    void a_silent_connection_is_closed_after_the_configured_header_timeout() throws IOException {
        PlugboardConfig config = ConfigLoader.load(
                Optional.empty(),
                Map.of("PLUGBOARD_HEADER_TIMEOUT_SECONDS", "1"),
                Map.of("port", "0", "data-dir", dataDir.toString()));
        try (Plugboard plugboard = Plugboard.start(config, Clock.systemUTC());
                Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.0.0.1", plugboard.port()), 15_000);
            silent.setSoTimeout(15_000);

            assertThat(readOrReset(silent.getInputStream())).isEqualTo(-1);
        }
    }

    @Test
    void a_url_over_4_kib_gets_a_414_in_the_error_envelope() throws IOException {
        PlugboardConfig config =
                ConfigLoader.load(Optional.empty(), Map.of(), Map.of("port", "0", "data-dir", dataDir.toString()));
        try (Plugboard plugboard = Plugboard.start(config, Clock.systemUTC());
                Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", plugboard.port()), 15_000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(("GET /connectors?name=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer)
                    // HTTP/1.0: the request line that would tell the version was never read whole
                    .startsWith("HTTP/1.0 414 Request-URI Too Long\r\n")
                    .contains("content-type: application/json; charset=utf-8\r\n")
                    .endsWith("\r\n\r\n"
                            + new String(
                                    ErrorBody.of(
                                                    ApiError.URI_TOO_LONG,
                                                    ApiError.URI_TOO_LONG.message(HttpSettings.MAX_REQUEST_LINE_BYTES))
                                            .toBytes(),
                                    StandardCharsets.UTF_8));
        }
    }

    private static int readOrReset(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketException e) {
            return -1; // reset by the server: closed too
        }
    }
}
