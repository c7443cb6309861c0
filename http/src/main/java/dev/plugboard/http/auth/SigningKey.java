package dev.plugboard.http.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * An HMAC-SHA256 key that signs tokens. Its id — written in each token's {@code kid} header, so a
 * rotated-out key can still be told apart — is derived from the key itself, so the key is fully
 * described by its base64url text. {@link #toString()} never shows the key.
 */
public final class SigningKey {
    /** HS256 needs at least 256 bits. */
    public static final int MIN_BYTES = 32;

    private final String id;
    private final byte[] secret;

    private SigningKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException(
                    "a signing key needs at least " + MIN_BYTES + " bytes (base64url), got " + secret.length);
        }
        this.secret = secret.clone();
        this.id = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256(secret), 6));
    }

    public static SigningKey generate(SecureRandom random) {
        byte[] secret = new byte[MIN_BYTES];
        random.nextBytes(secret);
        return new SigningKey(secret);
    }

    /**
     * A key from its base64url text (padding optional).
     *
     * @throws IllegalArgumentException when the text is not base64url of at least 32 bytes; the
     *     message never contains the text
     */
    public static SigningKey decode(String base64url) {
        byte[] secret;
        try {
            secret = Base64.getUrlDecoder().decode(base64url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a signing key must be base64url text");
        }
        return new SigningKey(secret);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public String id() {
        return id;
    }

    byte[] secret() {
        return secret.clone();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey other && MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + "]";
    }
}
