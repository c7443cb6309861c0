package dev.plugboard.domain.auth;

import dev.plugboard.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A salted hash of a client secret, stored as {@code hmac-sha256$<salt>$<hash>} (base64url).
 *
 * <p>Why not a slow password hash: Plugboard generates every secret itself from 256 random bits,
 * so guessing one is infeasible however fast the hash is, and {@code POST /auth} stays cheap. A
 * per-secret random salt keeps equal secrets from producing equal hashes.
 */
public record SecretHash(String encoded) {
    private static final String ALGORITHM = "hmac-sha256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    public SecretHash {
        Objects.requireNonNull(encoded, "encoded");
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 3
                || !parts[0].equals(ALGORITHM)
                || decodedLength(parts[1]) != SALT_BYTES
                || decodedLength(parts[2]) != HASH_BYTES) {
            throw new IllegalArgumentException("not a Plugboard secret hash");
        }
    }

    private static int decodedLength(String part) {
        try {
            return DECODER.decode(part).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    public static SecretHash of(Secret secret, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new SecretHash(
                ALGORITHM + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(mac(salt, secret)));
    }

    /** Whether {@code secret} hashes to this value; compares in constant time. */
    public boolean verifies(Secret secret) {
        String[] parts = encoded.split("\\$", -1);
        byte[] salt = DECODER.decode(parts[1]);
        byte[] expected = DECODER.decode(parts[2]);
        return MessageDigest.isEqual(expected, mac(salt, secret));
    }

    private static byte[] mac(byte[] salt, Secret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SecretHash[" + ALGORITHM + "]";
    }
}
