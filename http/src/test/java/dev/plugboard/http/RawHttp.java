package dev.plugboard.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP/1.1 exchange over a bare socket, for requests {@code java.net.http} refuses to send:
 * raw bytes in the request line, NUL bytes, oversized lines and headers, broken framing. Reads one
 * answer framed by {@code Content-Length} (as every Plugboard answer is), or until the server
 * closes the connection.
 */
final class RawHttp {
    /** Generous: an answer that does not come in this long is a hang, and a failure. */
    static final int READ_TIMEOUT_MILLIS = 10_000;

    /** One answer; {@code status} is -1 when the server closed the connection without answering. */
    record Response(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private RawHttp() {}

    static Response exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Response exchange(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), READ_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // The server may answer and close before it has read everything (a 413, a 431):
                // what it answered is still there to read.
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed within " + READ_TIMEOUT_MILLIS + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one answer from a connection that stays open, or -1 when it was closed unanswered. */
    static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b;
            try {
                b = in.read();
            } catch (java.net.SocketException e) {
                b = -1; // reset by the server
            }
            if (b < 0) {
                if (head.size() == 0) {
                    return new Response(-1, Map.of(), "");
                }
                throw new IOException("the connection closed in the middle of the answer's head: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }
}
