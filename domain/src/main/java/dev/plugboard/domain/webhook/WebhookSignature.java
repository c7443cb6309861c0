package dev.plugboard.domain.webhook;

import dev.plugboard.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Plugboard-Signature} header of a delivery: {@code t=<unix seconds>,v1=<hex>}, where
 * the hex is HMAC-SHA256, keyed with the webhook's secret (its UTF-8 text), of {@code "<t>.<body>"}.
 * Signing the time with the body lets a receiver refuse old deliveries replayed by someone who
 * captured one; the {@code v1} label leaves room for another scheme beside it later.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-Plugboard-Signature";
    public static final String EVENT_ID_HEADER = "X-Plugboard-Event-Id";

    private WebhookSignature() {}

    /** The header value for {@code body} sent at {@code epochSecond}. */
    public static String header(Secret secret, long epochSecond, String body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        return "t=" + epochSecond + ",v1=" + HexFormat.of().formatHex(hmac(secret, epochSecond + "." + body));
    }

    private static byte[] hmac(Secret secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
