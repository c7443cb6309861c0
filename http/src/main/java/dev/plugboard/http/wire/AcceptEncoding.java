package dev.plugboard.http.wire;

import java.util.Locale;

/**
 * Whether an {@code Accept-Encoding} header (RFC 9110 §12.5.3) lets the answer be gzip-compressed:
 * {@code gzip} (or its alias {@code x-gzip}) with a quality above 0, or {@code *} above 0 when gzip
 * is not listed itself. {@code q=0} refuses; no header, or a malformed quality, means identity.
 */
public final class AcceptEncoding {
    private AcceptEncoding() {}

    public static boolean allowsGzip(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return false;
        }
        Boolean gzip = null;
        boolean any = false;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean accepted = AcceptLanguage.quality(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? accepted : gzip || accepted;
            } else if (coding.equals("*")) {
                any = accepted;
            }
        }
        return gzip == null ? any : gzip;
    }
}
